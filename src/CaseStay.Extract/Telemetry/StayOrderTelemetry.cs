using System.Diagnostics;
using System.Reflection;

namespace CaseStay.Extract.Telemetry;

/// <summary>
/// Tracing: an <see cref="System.Diagnostics.ActivitySource"/> named <see cref="ActivitySourceName"/> with one
/// activity per file (<c>casestay.file</c>) and one per stage inside it (<c>casestay.read</c>,
/// <c>casestay.layout</c>, <c>casestay.fields</c>). Subscribe with OpenTelemetry's
/// <c>AddSource("CaseStay.Extract")</c> or an <see cref="ActivityListener"/>. Nothing is recorded without a listener.
/// </summary>
public static class StayOrderTelemetry
{
    /// <summary>The name of the activity source (and of the logger category).</summary>
    public const string ActivitySourceName = "CaseStay.Extract";

    /// <summary>The activity of one file; tags <c>casestay.path</c>, <c>casestay.id</c>, <c>casestay.kind</c>,
    /// <c>casestay.pages</c>, <c>casestay.ocr_pages</c>, <c>casestay.error</c>, <c>casestay.stay_order</c>.</summary>
    public const string FileActivity = "casestay.file";

    /// <summary>The stage that reads bytes into text (content sniffing, PDF layout, OCR, decoding).</summary>
    public const string ReadActivity = "casestay.read";

    /// <summary>The stage that finds lines, the pleading margin and builds the normalized text.</summary>
    public const string LayoutActivity = "casestay.layout";

    /// <summary>The stage that runs the field readers and builds the record.</summary>
    public const string FieldsActivity = "casestay.fields";

    /// <summary>The source. Static by design (the .NET pattern for activity sources); it holds no per-call state.</summary>
    internal static ActivitySource Source { get; } = new(ActivitySourceName, typeof(StayOrderTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>Starts a file's activity (null without a listener).</summary>
    internal static Activity? StartFile(string? path, string? id = null)
    {
        var activity = Source.StartActivity(FileActivity, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("casestay.path", path);
            if (id is not null)
            {
                activity.SetTag("casestay.id", id);
            }
        }

        return activity;
    }

    /// <summary>Starts a stage's activity (null without a listener).</summary>
    internal static Activity? StartStage(string name) => Source.StartActivity(name, ActivityKind.Internal);

    /// <summary>Tags the file's activity with the outcome, ends it, and logs the outcome.</summary>
    internal static ExtractionResult Complete(Activity? activity, ExtractionOptions options, ExtractionResult result, long startTimestamp)
    {
        if (activity is not null)
        {
            activity.SetTag("casestay.kind", result.Source.Kind);
            activity.SetTag("casestay.pages", result.Source.Pages);
            activity.SetTag("casestay.ocr_pages", result.Source.OcrPages);
            if (result.Error is { } error)
            {
                activity.SetTag("casestay.error", error.Code);
                activity.SetStatus(ActivityStatusCode.Error, error.Message);
            }
            else
            {
                activity.SetTag("casestay.stay_order", result.Order?.IsStayOrder);
            }

            activity.Dispose();
        }

        if (options.Logger is { } logger)
        {
            var ms = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
            if (result.Error is { } failed)
            {
                Log.FileFailed(logger, result.Source.Path, failed.Code, failed.Message, ms);
            }
            else
            {
                Log.FileExtracted(logger, result.Source.Path, result.Source.Kind, result.Source.Pages, result.Order?.IsStayOrder ?? false, result.Warnings.Count, ms);
            }
        }

        return result;
    }
}
