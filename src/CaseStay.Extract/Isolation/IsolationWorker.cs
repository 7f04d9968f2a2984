using System.Text.Json;
using CaseStay.Extract.Shared;
using CaseStay.Extract.Ocr;

namespace CaseStay.Extract.Isolation;

/// <summary>
/// The worker side of process isolation: reads requests from <c>input</c> and answers each with the file's record on
/// <c>output</c> (length-prefixed frames: JSON requests, binary replies carrying the record's JSON), one file at a time, on a
/// 16 MB-stack thread, until the input ends. A
/// program hosts it in a hidden mode (the <c>casestay</c> harness: <c>casestay worker</c>) and a batch started with
/// <see cref="BatchOptions.Isolation"/> runs PDFs and images through a pool of such processes; whatever kills this
/// process (a stack overflow in PdfPig, a native crash, the memory ceiling, a deadline) costs only the file it was on.
/// </summary>
public static class IsolationWorker
{
    /// <summary>Exit code of a worker that ran out of memory mid-file (the parent reports <c>out-of-memory</c>).</summary>
    public const int OutOfMemoryExitCode = 86;

    /// <summary>Serves requests until <paramref name="input"/> ends or the parent process is gone.</summary>
    /// <param name="input">The requests (the process's standard input).</param>
    /// <param name="output">The replies (the process's standard output; nothing else may write to it).</param>
    /// <param name="ocr">Creates the worker's OCR engine the first time a request asks for OCR, or null (no OCR).</param>
    /// <param name="cancellationToken">Stops serving; observed between requests (a blocking read of the next request ends with the input).</param>
    /// <returns>The process's exit code: 0 when the input ended.</returns>
    public static Task<int> RunAsync(Stream input, Stream output, Func<IOcrProvider?>? ocr, CancellationToken cancellationToken = default) =>
        ServeAsync(input, output, ocr, null, cancellationToken);

    /// <summary>As <see cref="RunAsync(Stream, Stream, Func{IOcrProvider?}?, CancellationToken)"/>, with the test hook.</summary>
    /// <remarks>The whole loop runs on one thread with a 16 MB stack: blocking reads of the request, the extraction,
    /// a blocking write of the reply. No thread-pool hand-over per file (each cost a wake-up and a spin of a pool
    /// thread, paid in every worker). <paramref name="cancellationToken"/> is observed between requests; a blocking read
    /// ends with the input (the parent closed it or died; a re-parented worker exits by itself).</remarks>
    internal static Task<int> ServeAsync(Stream input, Stream output, Func<IOcrProvider?>? ocr, WorkerTestFaults? faults, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(Serve(input, output, ocr, faults, cancellationToken));
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }, LargeStackWorkers.StackSize) { IsBackground = true, Name = "casestay-isolated-worker" };
        thread.Start();
        return done.Task;
    }

    private static int Serve(Stream input, Stream output, Func<IOcrProvider?>? ocr, WorkerTestFaults? faults, CancellationToken cancellationToken)
    {
        using var orphan = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        WatchParent(orphan);
        IOcrProvider? engine = null;
        var engineMade = false;
        try
        {
            while (!orphan.IsCancellationRequested)
            {
                var frame = WorkerFrames.Read(input);
                if (frame is null)
                {
                    return 0;
                }

                var request = JsonSerializer.Deserialize(frame, WorkerJsonContext.Default.WorkerRequest);
                if (request is null)
                {
                    return 0;
                }

                if (request.Ocr && !engineMade)
                {
                    engine = ocr?.Invoke();
                    engineMade = true;
                }

                var options = ToOptions(request, request.Ocr ? engine : null);
                ExtractionResult result;
                try
                {
                    faults?.Apply(request.Path);
                    result = StayOrderExtractor.ExtractFileOnWorker(request.Path, options, CancellationToken.None, request.Id);
                }
                catch (OutOfMemoryException)
                {
                    // The heap is at its ceiling: no reply could be trusted to fit; the parent records out-of-memory.
                    return OutOfMemoryExitCode;
                }

                WorkerFrames.Write(output, WorkerResults.Encode(WorkerResults.ToReply(result, retire: false)));
            }

            return 0;
        }
        catch (IOException)
        {
            // The parent closed the pipe.
            return 0;
        }
        finally
        {
            (engine as IDisposable)?.Dispose();
        }
    }

    /// <summary>The extraction options a request describes.</summary>
    internal static ExtractionOptions ToOptions(WorkerRequest request, IOcrProvider? ocr) => ExtractionOptions.Default with
    {
        Court = request.Judges is { } judges
            ? Courts.CourtProfiles.EasternDistrictOfCalifornia with { Roster = new JudgeRoster(judges) }
            : Courts.CourtProfiles.EasternDistrictOfCalifornia,
        Ocr = ocr,
        OcrMode = Enum.TryParse<OcrMode>(request.OcrMode, out var mode) ? mode : OcrMode.Auto,
        HolidayCalendar = request.Holidays == Deadlines.HolidayCalendar.Federal.Name ? Deadlines.HolidayCalendar.Federal : Deadlines.HolidayCalendar.FederalAndCalifornia,
        InferJudgeFromInitials = request.InferJudgeFromInitials,
        MaxFileBytes = request.MaxFileBytes,
        MaxTextLength = request.MaxTextLength,
        MaxPages = request.MaxPages,
        MaxImagePixels = request.MaxImagePixels,
        MaxTotalPixels = request.MaxTotalPixels,
    };

    /// <summary>A worker whose parent died (even by SIGKILL) ends itself: on Linux it notices being re-parented.
    /// (<c>PR_SET_PDEATHSIG</c> is not used: it fires when the parent's starting thread ends, which in .NET is a
    /// pool thread that may retire long before the parent does.)</summary>
    private static void WatchParent(CancellationTokenSource orphan)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var parent = ParentId();
        var watcher = new Thread(() =>
        {
            while (!orphan.IsCancellationRequested)
            {
                Thread.Sleep(250);
                if (ParentId() != parent)
                {
                    // A busy worker cannot be stopped politely; nobody is left to read its answer.
                    Environment.Exit(0);
                }
            }
        }) { IsBackground = true, Name = "casestay-worker-parent-watch" };
        watcher.Start();
    }

    /// <summary>The parent's process id from <c>/proc/self/status</c> (no native call needed), or -1.</summary>
    private static int ParentId()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("PPid:", StringComparison.Ordinal)
                && int.TryParse(line.AsSpan(5).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }

        return -1;
    }
}
