using CaseStay.Extract.Isolation;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CaseStay.Extract.Cli;

/// <summary>
/// <c>casestay worker</c>, the hidden mode the harness starts its isolated workers in (see
/// <see cref="BatchOptions.Isolation"/>): requests on standard input, replies on standard output (nothing else writes
/// there: <see cref="Console.Out"/> is sent to standard error), an OCR engine made on the first request that asks for
/// one. Not listed in <c>--help</c>: it is no command for people.
/// </summary>
internal static class WorkerMode
{
    /// <summary>The hidden command's name.</summary>
    public const string Command = "worker";

    /// <summary>TEST HOOK (see <see cref="WorkerTestFaults"/>), honoured only in worker mode.</summary>
    public const string TestFaultVariable = "CASESTAY_WORKER_TEST_FAULT";

    /// <summary>TEST HOOK: the file a faulting worker appends its process id to.</summary>
    public const string TestPidFileVariable = "CASESTAY_WORKER_TEST_PIDFILE";

    /// <summary>Serves requests until standard input ends.</summary>
    public static async Task<int> RunAsync()
    {
        var output = OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0, isAsync: false);
        Console.SetOut(Console.Error);
        var input = OperatingSystem.IsWindows()
            ? Console.OpenStandardInput()
            : new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0, isAsync: false);
        // Ctrl-C and Ctrl-\ reach the whole foreground process group: the harness decides (it drops the files in
        // flight and ends its workers); a worker dying on its own would turn its file into a pdf-crash record.
        static void Ignore(PosixSignalContext context) => context.Cancel = true;
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Ignore);
        using var sigquit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Ignore);
        var faults = WorkerTestFaults.Parse(Environment.GetEnvironmentVariable(TestFaultVariable), Environment.GetEnvironmentVariable(TestPidFileVariable));
        await using (output.ConfigureAwait(false))
        await using (input.ConfigureAwait(false))
        {
            return await IsolationWorker.ServeAsync(input, output, CreateOcr, faults, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The launcher of this harness in worker mode: the <c>casestay</c> executable itself, or
    /// <c>dotnet casestay.dll</c> when the harness runs through the <c>dotnet</c> host (or inside another process, as
    /// in the tests).</summary>
    /// <param name="memoryLimitBytes">Each worker's memory ceiling.</param>
    public static WorkerLauncher Self(long memoryLimitBytes = WorkerLauncher.DefaultMemoryLimitBytes)
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "casestay")
        {
            return new WorkerLauncher(process, [Command]) { MemoryLimitBytes = memoryLimitBytes, WorkerEnded = SweepOcrFolders };
        }

        var host = process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? process
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } set ? set : "dotnet";
        return new WorkerLauncher(host, [typeof(WorkerMode).Assembly.Location, Command]) { MemoryLimitBytes = memoryLimitBytes, WorkerEnded = SweepOcrFolders };
    }

    /// <summary>A killed worker cannot remove the <c>pdftoppm</c> copies it had on disk; they carry its process id,
    /// and once it is gone the stale-folder sweep removes them.</summary>
    private static void SweepOcrFolders(int workerId) => Extract.Ocr.OcrTempFolders.SweepStale();

    private static Extract.Ocr.IOcrProvider? CreateOcr() =>
        Extract.Ocr.TesseractOcrProvider.TryCreate(out var provider, out _) ? provider : null;
}
