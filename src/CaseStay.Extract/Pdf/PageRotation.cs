using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace CaseStay.Extract.Pdf;

/// <summary>
/// A page with <c>/Rotate</c> 90, 180 or 270 seen in unrotated user space. PdfPig 0.1.16 reports letters (and paths)
/// in the displayed, turned frame, so the text of a page drawn upright and then turned by <c>/Rotate</c> comes back as
/// vertical or upside-down runs that line building cannot read. This maps every letter back to unrotated user space
/// — where such text is horizontal again and where provenance boxes belong (the review page turns boxes given there) —
/// when that makes more letters horizontal than the displayed frame does. A page whose text reads upright only when
/// displayed (content drawn turned, <c>/Rotate</c> turning it back) keeps PdfPig's frame.
/// </summary>
internal sealed class PageRotation
{
    private readonly double _displayWidth;
    private readonly double _displayHeight;

    private PageRotation(int degrees, IReadOnlyList<Letter> letters, double displayWidth, double displayHeight)
    {
        Degrees = degrees;
        Letters = letters;
        _displayWidth = displayWidth;
        _displayHeight = displayHeight;
        (Width, Height) = degrees is 90 or 270 ? (displayHeight, displayWidth) : (displayWidth, displayHeight);
    }

    /// <summary>The turn undone (0, 90, 180 or 270 clockwise); 0 when the page is read in PdfPig's frame.</summary>
    public int Degrees { get; }

    /// <summary>The page's letters in the frame the layout reads.</summary>
    public IReadOnlyList<Letter> Letters { get; }

    /// <summary>The page's width in that frame, points.</summary>
    public double Width { get; }

    /// <summary>The page's height in that frame, points.</summary>
    public double Height { get; }

    /// <summary>The frame to read <paramref name="page"/> in.</summary>
    public static PageRotation Of(Page page)
    {
        var degrees = Normalize(page.Rotation.Value);
        if (degrees == 0 || page.Letters.Count == 0)
        {
            return new PageRotation(0, page.Letters, page.Width, page.Height);
        }

        var turned = new PageRotation(degrees, [], page.Width, page.Height);
        var letters = new Letter[page.Letters.Count];
        int before = 0, after = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            var l = page.Letters[i];
            letters[i] = new Letter(l.Value, turned.Map(l.BoundingBox), turned.Map(l.GlyphRectangleLoose), turned.Map(l.StartBaseLine), turned.Map(l.EndBaseLine),
                l.Width, l.FontSize, l.FontDetails, l.RenderingMode, l.StrokeColor, l.FillColor, l.PointSize, l.TextSequence);
            before += l.TextOrientation == TextOrientation.Horizontal ? 1 : 0;
            after += letters[i].TextOrientation == TextOrientation.Horizontal ? 1 : 0;
        }

        return after > before
            ? new PageRotation(degrees, letters, page.Width, page.Height)
            : new PageRotation(0, page.Letters, page.Width, page.Height);
    }

    /// <summary>0, 90, 180 or 270 for any multiple of 90 (negative or above 360); 0 for anything else.</summary>
    public static int Normalize(int degrees)
    {
        var d = ((degrees % 360) + 360) % 360;
        return d is 90 or 180 or 270 ? d : 0;
    }

    /// <summary>A point of PdfPig's displayed frame in the reading frame.</summary>
    public PdfPoint Map(PdfPoint p) => Degrees switch
    {
        90 => new PdfPoint(_displayHeight - p.Y, p.X),
        180 => new PdfPoint(_displayWidth - p.X, _displayHeight - p.Y),
        270 => new PdfPoint(p.Y, _displayWidth - p.X),
        _ => p,
    };

    /// <summary>A rectangle of PdfPig's displayed frame in the reading frame (each corner mapped, so its sides keep their roles).</summary>
    public PdfRectangle Map(PdfRectangle r) => Degrees == 0 ? r : new PdfRectangle(Map(r.TopLeft), Map(r.TopRight), Map(r.BottomLeft), Map(r.BottomRight));
}
