namespace CaseStay.Extract.Layout;

/// <summary>A word placed into the synthetic text handed to the text pipeline.</summary>
/// <param name="Start">Offset of the word in that text.</param>
/// <param name="Word">The word.</param>
/// <param name="Aside">True for words outside the text column's flow (footnotes, the CM/ECF stamp): a box of body text leaves them out.</param>
internal readonly record struct PlacedWord(int Start, PageWord Word, bool Aside = false);
