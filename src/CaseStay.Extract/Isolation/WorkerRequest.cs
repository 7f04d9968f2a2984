namespace CaseStay.Extract.Isolation;

/// <summary>One request of the worker protocol: a file and the options to read it with (everything of
/// <see cref="ExtractionOptions"/> that can cross a process boundary).</summary>
/// <param name="Path">The file.</param>
/// <param name="Id">The caller's id, or null.</param>
/// <param name="Ocr">Whether the parent has an OCR engine (the worker then creates its own).</param>
/// <param name="OcrMode">The OCR mode's name.</param>
/// <param name="Holidays">The holiday calendar's name (<c>federal</c> or <c>federal+california</c>).</param>
/// <param name="InferJudgeFromInitials">See <see cref="ExtractionOptions.InferJudgeFromInitials"/>.</param>
/// <param name="MaxFileBytes">See <see cref="ExtractionOptions.MaxFileBytes"/>.</param>
/// <param name="MaxTextLength">See <see cref="ExtractionOptions.MaxTextLength"/>.</param>
/// <param name="MaxPages">See <see cref="ExtractionOptions.MaxPages"/>.</param>
/// <param name="MaxImagePixels">See <see cref="ExtractionOptions.MaxImagePixels"/>.</param>
/// <param name="MaxTotalPixels">See <see cref="ExtractionOptions.MaxTotalPixels"/>.</param>
/// <param name="Judges">The court's judge roster when it is not the built-in one (e.g. the harness's <c>--roster</c>),
/// or null.</param>
internal sealed record WorkerRequest(
    string Path,
    string? Id,
    bool Ocr,
    string OcrMode,
    string Holidays,
    bool InferJudgeFromInitials,
    long MaxFileBytes,
    int MaxTextLength,
    int MaxPages,
    long MaxImagePixels,
    long MaxTotalPixels,
    IReadOnlyList<RosterJudge>? Judges = null);
