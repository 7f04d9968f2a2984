namespace CaseStay.Extract.Sources;

/// <summary>One entry of a <see cref="FolderWalk"/>: a file to extract, or the record of one that cannot be.</summary>
/// <param name="Path">The entry's path, below the folder as it was given.</param>
/// <param name="Error">Why the entry is not extracted (<c>file-unreadable</c>, <c>not-a-regular-file</c>,
/// <c>symlink-outside-root</c>), or null for a file to extract.</param>
public sealed record FolderEntry(string Path, ExtractionError? Error);
