namespace CaseStay.Extract.Readers.Stay;

/// <summary>One clause of the text (a sentence, a semicolon part or a numbered item), with its offset in the cleaned text.</summary>
/// <param name="Start">Offset of the clause in the cleaned text.</param>
/// <param name="Text">The clause.</param>
internal sealed record Clause(int Start, string Text);
