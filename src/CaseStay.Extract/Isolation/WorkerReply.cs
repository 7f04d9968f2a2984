namespace CaseStay.Extract.Isolation;

/// <summary>One reply of the worker protocol: the file's record as the output contract's JSON, plus the two facts of
/// the result that the contract does not carry, and three facts a batch needs for its progress and summary without
/// reading the record.</summary>
/// <param name="Record">The record, as <see cref="Serialization.StayOrderJson.Serialize"/> writes it (one line).</param>
/// <param name="CaseNumberDefendant">The case number's defendant number, or null.</param>
/// <param name="CaseNumberOfficeInferred">Whether the case number's office was inferred.</param>
/// <param name="Retire">The worker ends after this reply (its state is suspect, e.g. after an out-of-memory).</param>
/// <param name="ErrorCode">The record's error code, or null when the file has its record.</param>
/// <param name="IsStayOrder">Whether the file was read and is a stay order.</param>
/// <param name="OcrPages">Pages read by OCR.</param>
internal sealed record WorkerReply(string Record, int? CaseNumberDefendant, bool CaseNumberOfficeInferred, bool Retire, string? ErrorCode = null, bool IsStayOrder = false, int OcrPages = 0);
