namespace CaseStay.Extract;

/// <summary>One document of a batch: a file, or text already in memory; either may carry the caller's id, which the
/// record keeps as <see cref="SourceInfo.Id"/> (JSON <c>source.id</c>).</summary>
public sealed record BatchInput
{
    private BatchInput(string? path, string? text, string? id)
    {
        Path = path;
        Text = text;
        Id = id;
    }

    /// <summary>The file to read, or null for in-memory text.</summary>
    public string? Path { get; }

    /// <summary>The text to extract from, or null for a file.</summary>
    public string? Text { get; }

    /// <summary>The caller's identifier (e.g. a CourtListener RECAP document id), or null.</summary>
    public string? Id { get; }

    /// <summary>A file (its bytes decide the format).</summary>
    /// <param name="path">The file.</param>
    /// <param name="id">The caller's id, or null.</param>
    /// <returns>The input.</returns>
    public static BatchInput FromFile(string path, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new BatchInput(path, null, id);
    }

    /// <summary>Text already in memory.</summary>
    /// <param name="text">The order's text.</param>
    /// <param name="id">The caller's id, or null.</param>
    /// <param name="name">A name to report as <see cref="SourceInfo.Path"/>, or null.</param>
    /// <returns>The input.</returns>
    public static BatchInput FromText(string text, string? id = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new BatchInput(name, text, id);
    }
}
