namespace CaseStay.Extract.Pdf;

/// <summary>One indirect object found by <see cref="PdfGuardScanner"/>: its value and, for a stream, where its
/// (still encoded) data lies.</summary>
/// <param name="Number">The object number.</param>
/// <param name="Value">The object's value (a stream's dictionary for a stream).</param>
/// <param name="Data">The buffer holding the stream data (the file, or a decoded object stream), or null.</param>
/// <param name="DataStart">Where the stream data starts in <paramref name="Data"/>.</param>
/// <param name="DataLength">The stream data's length in bytes.</param>
internal sealed record PdfGuardObject(long Number, PdfGuardValue Value, byte[]? Data = null, int DataStart = 0, int DataLength = 0)
{
    /// <summary>Whether the object is a stream.</summary>
    public bool IsStream => Data is not null;
}
