namespace CaseStay.Extract.Review;

/// <summary>One page image written beside the review page: its file name (relative to the page), its size in pixels
/// and the displayed page's size in PDF points (the overlay's frame). A PDF page with <c>/Rotate</c> is rendered turned:
/// <paramref name="Rotation"/> (0, 90, 180, 270 clockwise) and the media box's lower-left corner
/// (<paramref name="OriginX"/>, <paramref name="OriginY"/>) map the record's boxes (unrotated user space) onto it.</summary>
internal sealed record PageImage(int Page, string FileName, int WidthPixels, int HeightPixels, double WidthPoints, double HeightPoints,
    int Rotation = 0, double OriginX = 0, double OriginY = 0)
{
    /// <summary>A box in unrotated user space (origin bottom-left) as a rectangle on the displayed page (points, origin
    /// top-left): x, y, width, height.</summary>
    public (double X, double Y, double Width, double Height) ToDisplay(ReviewBox box)
    {
        var (left, bottom, right, top) = (box.Left - OriginX, box.Bottom - OriginY, box.Right - OriginX, box.Top - OriginY);
        var (w, h) = (Math.Max(right - left, 1), Math.Max(top - bottom, 1));
        var turned = Rotation is 90 or 270;
        var (unrotatedWidth, unrotatedHeight) = turned ? (HeightPoints, WidthPoints) : (WidthPoints, HeightPoints);
        return Rotation switch
        {
            90 => (bottom, left, h, w),
            180 => (unrotatedWidth - right, bottom, w, h),
            270 => (unrotatedHeight - top, unrotatedWidth - right, h, w),
            _ => (left, unrotatedHeight - top, w, h),
        };
    }
}
