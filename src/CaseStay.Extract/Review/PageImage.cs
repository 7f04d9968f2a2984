namespace CaseStay.Extract.Review;

/// <summary>One page image written beside the review page: its file name (relative to the page), its size in pixels
/// and the page's size in PDF points (the box coordinates' frame).</summary>
internal sealed record PageImage(int Page, string FileName, int WidthPixels, int HeightPixels, double WidthPoints, double HeightPoints);
