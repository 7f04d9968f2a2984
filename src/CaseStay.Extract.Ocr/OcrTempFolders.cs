using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// The temporary folders of the <c>pdftoppm</c> fallback (each holds a copy of an input PDF), removed on every path
/// out: at the end of each page (success, error, cancellation, timeout), when the provider is disposed (work a
/// timed-out file abandoned), when the process ends normally or on SIGINT/SIGTERM/SIGQUIT (rasterizers still running
/// are killed first), and — for what a crash or SIGKILL left behind — by a sweep at start-up of every
/// <c>casestay-ocr-PID-*</c> folder whose process is gone. Owned by one provider; no static state.
/// </summary>
internal sealed class OcrTempFolders : IDisposable
{
    /// <summary>The name prefix of the folders (followed by the owning process id and a dash).</summary>
    public const string Prefix = "casestay-ocr-";

    private readonly ConcurrentDictionary<string, Process?> _live = new(StringComparer.Ordinal);
    private readonly List<PosixSignalRegistration> _signals = [];
    private int _disposed;

    public OcrTempFolders()
    {
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
        {
            try
            {
                // The handler does not cancel the signal: the default action (ending the process) follows it.
                _signals.Add(PosixSignalRegistration.Create(signal, _ => DeleteAll()));
            }
            catch (PlatformNotSupportedException)
            {
                // Not on this platform: ProcessExit and the start-up sweep remain.
            }
        }
    }

    /// <summary>Folders now in use.</summary>
    public int Count => _live.Count;

    /// <summary>Creates a folder (mode 0700) owned by this process.</summary>
    public DirectoryInfo Create()
    {
        var folder = Directory.CreateTempSubdirectory(Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-");
        _live[folder.FullName] = null;
        return folder;
    }

    /// <summary>Records the rasterizer working in <paramref name="folder"/>, to kill it if the process ends first.</summary>
    public void Attach(DirectoryInfo folder, Process process) => _live[folder.FullName] = process;

    /// <summary>Kills the folder's rasterizer if it still runs and deletes the folder.</summary>
    public void Release(DirectoryInfo folder)
    {
        _live.TryRemove(folder.FullName, out var process);
        Remove(folder.FullName, process);
    }

    /// <summary>Releases every folder still in use.</summary>
    public void DeleteAll()
    {
        foreach (var path in _live.Keys)
        {
            if (_live.TryRemove(path, out var process))
            {
                Remove(path, process);
            }
        }
    }

    /// <summary>Deletes the folders of this program whose process is gone (a crash, SIGKILL); returns how many.</summary>
    /// <param name="tempRoot">The temporary folder to sweep (default: the system's).</param>
    public static int SweepStale(string? tempRoot = null)
    {
        var removed = 0;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(tempRoot ?? Path.GetTempPath(), Prefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var folder in candidates)
        {
            var rest = Path.GetFileName(folder)[Prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            var stale = dash > 0 && int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? pid != Environment.ProcessId && !IsAlive(pid)
                : Directory.GetLastWriteTimeUtc(folder) < NodaTime.SystemClock.Instance.GetCurrentInstant().ToDateTimeUtc().AddHours(-1); // an older build's folder, without a process id
            if (stale && TryDelete(folder))
            {
                removed++;
            }
        }

        return removed;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        foreach (var registration in _signals)
        {
            registration.Dispose();
        }

        DeleteAll();
    }

    private void OnProcessExit(object? sender, EventArgs e) => DeleteAll();

    private static bool IsAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists("/proc/" + pid.ToString(CultureInfo.InvariantCulture));
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Remove(string path, Process? process)
    {
        try
        {
            if (process is not null && !process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(2000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        TryDelete(path);
    }

    private static bool TryDelete(string path)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(20); // a rasterizer just killed may still be closing its output
            }
        }

        return false;
    }
}
