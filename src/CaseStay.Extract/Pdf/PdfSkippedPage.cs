using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Pdf;

/// <summary>A page checked for a text layer and not laid out, with what laying it out later needs.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Words">Its words.</param>
/// <param name="Width">Page width, points.</param>
/// <param name="Height">Page height, points.</param>
/// <param name="VerticalRules">Its vertical rules (caption separators).</param>
internal sealed record PdfSkippedPage(int Number, List<PageWord> Words, double Width, double Height, IReadOnlyList<(double X, double Top, double Bottom)> VerticalRules);
