using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CaseStay.Extract.Cli;

/// <summary>
/// The process around <see cref="CliApp"/>: SIGINT and SIGTERM cancel the run (it finishes its output well-formed,
/// prints the summary and exits 130 or 143); a second signal exits at once (cursor restored). Standard output is
/// written through its file descriptor, so a closed pipe (<c>| head</c>) is seen as an error (exit 141) instead of
/// being ignored while the batch goes on.
/// </summary>
internal static class Interrupts
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        var first = 0;
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            var code = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
            if (Interlocked.CompareExchange(ref first, code, 0) != 0)
            {
                RestoreTerminal();
                Console.Error.WriteLine("casestay: second interrupt: exiting now.");
                Environment.Exit(code);
            }

            Console.Error.WriteLine($"casestay: {context.Signal}: finishing the output (interrupt again to exit at once).");
            _ = cancel.CancelAsync();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var stdout = OpenStandardOutput();
        try
        {
            var code = await CliApp.RunAsync(args, stdout, Console.Error, cancel.Token).ConfigureAwait(false);
            return code == ExitCodes.Interrupted && Volatile.Read(ref first) == ExitCodes.Terminated ? ExitCodes.Terminated : code;
        }
        finally
        {
            RestoreTerminal();
            try
            {
                await stdout.DisposeAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The reader of standard output is gone; there is nothing left to deliver.
            }
        }
    }

    private static StreamWriter OpenStandardOutput()
    {
        var stream = OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0, isAsync: false);
        return new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
    }

    /// <summary>Shows the cursor again (a live progress bar hides it) when stderr is a terminal.</summary>
    private static void RestoreTerminal()
    {
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write("\u001b[?25h");
        }
    }
}
