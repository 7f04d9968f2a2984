namespace CaseStay.Extract.Review;

/// <summary>What <see cref="StayOrderReport"/> wrote.</summary>
/// <param name="IndexPath">The index page (<c>DIR/index.html</c>).</param>
/// <param name="Pages">The per-file pages, in the index's (attention) order.</param>
/// <param name="Problems">What could not be shown (a page image that failed to render, a JSON line that is not a
/// record), one sentence each; the pages are written anyway.</param>
public sealed record StayOrderReportResult(string IndexPath, IReadOnlyList<string> Pages, IReadOnlyList<string> Problems);
