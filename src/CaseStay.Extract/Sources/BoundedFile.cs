namespace CaseStay.Extract.Sources;

/// <summary>
/// Reads a file with a limit on the bytes actually read (a file's claimed length can lie: <c>/dev/zero</c> claims 0
/// and never ends), and refuses FIFOs and devices before opening them (opening a FIFO blocks until a writer comes).
/// </summary>
internal static class BoundedFile
{
    /// <summary>The error for a path that is not a regular file (FIFO, device, socket), or null.</summary>
    public static ExtractionError? SpecialFileError(string path) =>
        UnixFileStatus.TryGet(path, followLinks: true, out var kind, out _) && kind is not UnixFileStatus.Kind.Regular and not UnixFileStatus.Kind.Unknown
            ? new ExtractionError(ErrorCodes.NotARegularFile, $"'{path}' is a {FolderWalk.Describe(kind)}, not a regular file; it was not read.")
            : null;

    /// <summary>The file's bytes, or null when it holds more than <paramref name="max"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(string path, long max, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="max"/> bytes (synchronous).</summary>
    public static byte[]? Read(string path, long max, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
