using CaseStay.Extract.Sources;

namespace CaseStay.Extract.Isolation;

/// <summary>Which files an isolated batch sends to a worker: those whose first bytes make them a PDF, an image or an
/// unrecognized binary (the readers that can crash, allocate or hang natively). Text (by its bytes, whatever the
/// name), empty files, missing, unreadable and special files stay in the batch's process, where they cannot crash it.</summary>
internal static class WorkerRouting
{
    private const int Sample = 8192;

    /// <summary>Whether <paramref name="path"/> goes to a worker. Reads at most 8 KiB; never opens a FIFO or device.</summary>
    public static bool NeedsWorker(string path)
    {
        try
        {
            if (!File.Exists(path) || BoundedFile.SpecialFileError(path) is not null)
            {
                return false;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var buffer = new byte[Sample];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return FormatSniffer.Sniff(buffer.AsSpan(0, read)) is not (SniffedFormat.Text or SniffedFormat.Utf16LittleEndian or SniffedFormat.Utf16BigEndian or SniffedFormat.Empty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // The in-process reader gives the same read-failed record.
            return false;
        }
    }
}
