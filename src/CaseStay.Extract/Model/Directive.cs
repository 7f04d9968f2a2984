using System.Text.Json.Serialization;

namespace CaseStay.Extract;

/// <summary>One numbered directive of the order ("IT IS HEREBY ORDERED that: 1. …").</summary>
/// <param name="Index">1-based position in document order (never the printed number).</param>
/// <param name="Label">The number as printed ("4"), or null when the item carries no number.</param>
/// <param name="Text">The directive's full text, joined across lines and pages, without its label and footnote markers.</param>
/// <param name="Page">Page where the directive starts.</param>
/// <param name="Footnotes">Markers of the footnotes referenced in the directive.</param>
/// <param name="Span">Where the directive was read.</param>
public sealed record Directive(int Index, string? Label, string Text, int Page, IReadOnlyList<string> Footnotes, [property: JsonPropertyName("provenance")] SourceSpan Span);

/// <summary>A footnote: its marker and its full text (parts split across the document are joined).</summary>
/// <param name="Marker">The marker as printed, without superscript formatting ("1").</param>
/// <param name="Text">The footnote text.</param>
/// <param name="Span">Where the footnote starts.</param>
public sealed record Footnote(string Marker, string Text, [property: JsonPropertyName("provenance")] SourceSpan Span);
