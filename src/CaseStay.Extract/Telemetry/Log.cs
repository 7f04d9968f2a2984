using Microsoft.Extensions.Logging;

namespace CaseStay.Extract.Telemetry;

/// <summary>The library's log messages (source-generated, allocation-free when the level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Extracted {Path} ({Kind}, {Pages} pages): stay order {IsStayOrder}, {Warnings} warnings, {Milliseconds:F1} ms")]
    public static partial void FileExtracted(ILogger logger, string? path, string kind, int pages, bool isStayOrder, int warnings, double milliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Failed {Path}: {Code}: {Reason} ({Milliseconds:F1} ms)")]
    public static partial void FileFailed(ILogger logger, string? path, string code, string reason, double milliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Batch of {Files} files started ({Parallelism} at once)")]
    public static partial void BatchStarted(ILogger logger, int files, int parallelism);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Batch ended: {Completed} of {Files} files, {Failed} failed")]
    public static partial void BatchEnded(ILogger logger, int completed, int files, int failed);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Batch cancelled after {Completed} of {Files} files")]
    public static partial void BatchCancelled(ILogger logger, int completed, int files);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "{Path}: the extension says one format, the content is {Content}; the content was read")]
    public static partial void FormatMismatch(ILogger logger, string? path, string content);
}
