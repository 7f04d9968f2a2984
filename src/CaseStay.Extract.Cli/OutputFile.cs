using System.Text;

namespace CaseStay.Extract.Cli;

/// <summary>
/// The <c>--out</c> file, written so that it is never left half-done and never destroys an input:
/// <list type="bullet">
/// <item>an output that is also an input is refused before any work (<see cref="RefuseInput"/>);</item>
/// <item>JSON (one array) and CSV are written to a temporary file in the same folder and renamed over the output at the
/// end (<see cref="CommitAsync"/>), so the old file stays whole until the new one is complete;</item>
/// <item>JSON Lines are appended under an exclusive lock (a second run on the same file is refused at once), one whole
/// line per write;</item>
/// <item>a write error (a full disk) ends the run: the JSON Lines file is cut back to its last whole record, the
/// temporary file of JSON/CSV is removed (<see cref="Abort"/>).</item>
/// </list>
/// </summary>
internal sealed class OutputFile : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly string _target;
    private readonly string? _temporary;
    private readonly FileStream? _lock;
    private long _good;
    private bool _done;

    private OutputFile(FileStream stream, string target, string? temporary, FileStream? lockFile = null)
    {
        _lock = lockFile;
        _stream = stream;
        _target = target;
        _temporary = temporary;
        _good = stream.Length;
        Writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
    }

    /// <summary>Where records are written (flush it, then <see cref="Checkpoint"/>, after each record).</summary>
    public StreamWriter Writer { get; }

    /// <summary>A sentence refusing an output that names one of the inputs (by resolved path), or null.</summary>
    public static string? RefuseInput(string? output, IEnumerable<string> inputs)
    {
        if (output is null)
        {
            return null;
        }

        var target = Real(output);
        var clash = inputs.FirstOrDefault(i => string.Equals(Real(i), target, StringComparison.Ordinal));
        return clash is null ? null : $"--out '{output}' is also an input ('{clash}'); it would be overwritten. Choose another output file.";
    }

    private static string Real(string path) => Extract.Sources.FolderWalk.RealPath(path) ?? Path.GetFullPath(path);

    /// <summary>Opens the output: appended and locked for <c>jsonl</c>, a temporary file beside it otherwise.</summary>
    /// <exception cref="IOException">The file cannot be created, or another run holds its lock.</exception>
    public static OutputFile Open(string path, string format, bool append)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        if (format == "jsonl")
        {
            // The exclusive lock is FileShare.None on a lock file beside the output (an advisory flock on Unix, released
            // when the process ends, however it ends): the output itself stays readable while it grows. OpenOrCreate
            // does not truncate before the lock is held, so a second run cannot wipe the first one's records.
            FileStream lockFile;
            try
            {
                lockFile = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
            }
            catch (IOException e)
            {
                throw new IOException($"'{path}' is being written by another run (its lock file is held): {e.Message}", e);
            }

            var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);

            if (!append)
            {
                stream.SetLength(0);
            }

            stream.Seek(0, SeekOrigin.End);
            return new OutputFile(stream, full, null, lockFile);
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        return new OutputFile(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0), full, temporary);
    }

    /// <summary>Marks everything flushed so far as whole records.</summary>
    public void Checkpoint() => _good = _stream.Position;

    /// <summary>Flushes and, for JSON/CSV, renames the temporary file over the output.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        Checkpoint();
        await DisposeStreamsAsync().ConfigureAwait(false);
        if (_temporary is not null)
        {
            File.Move(_temporary, _target, overwrite: true);
        }

        _done = true;
        _lock?.Dispose();
    }

    /// <summary>After a failure: the JSON Lines file is cut back to its last whole record; a temporary file is removed.</summary>
    public void Abort()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Writer.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // What cannot be written is cut below.
        }

        try
        {
            if (_temporary is null)
            {
                _stream.SetLength(_good);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Cutting back needs no new space; if even that fails the last line may be partial (--resume drops it).
        }

        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // Unbuffered: nothing is left to write on close.
        }

        try
        {
            Writer.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The stream is closed: nothing more may reach the file.
        }

        if (_temporary is not null)
        {
            File.Delete(_temporary);
        }

        _lock?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            Abort();
        }

        await ValueTask.CompletedTask.ConfigureAwait(false);
    }

    private async Task DisposeStreamsAsync()
    {
        await Writer.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
