namespace CaseStay.Extract.Sources;

/// <summary>Stage 1 output for text inputs: the whole input text; pages are separated by form feeds.</summary>
/// <param name="Text">The input text, as given (line endings are kept; offsets in provenance refer to it).</param>
internal sealed record SourceText(string Text);
