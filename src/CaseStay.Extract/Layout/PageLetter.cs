namespace CaseStay.Extract.Layout;

/// <summary>The letters of a word that superscript detection needs.</summary>
/// <param name="Value">The glyph's text.</param>
/// <param name="Baseline">Its baseline y.</param>
/// <param name="Size">Its point size.</param>
internal readonly record struct PageLetter(string Value, double Baseline, double Size);
