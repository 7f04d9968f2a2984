namespace CaseStay.FixtureGenerator;

/// <summary>How a poor copy of an order looks: printed into the PDF before it is rasterized, so a scan fixture
/// needs nothing but pdftoppm (no image editor). Every artefact is drawn from this generator's own words.</summary>
/// <param name="MarginGlyphs">The pleading margin numbers come out as letter shapes (N, W, BR, …).</param>
/// <param name="SidewaysCourt">A court name printed sideways along the right edge (a letterhead strip).</param>
/// <param name="RotatedStamp">A clerk's received stamp printed at a slant.</param>
/// <param name="CaptionNoise">Specks along the caption's ")" column.</param>
/// <param name="SkewDegrees">The page's skew.</param>
/// <param name="Seed">Seeds the speckle noise.</param>
/// <param name="Specks">Specks of noise per page.</param>
internal sealed record ScanLook(bool MarginGlyphs, bool SidewaysCourt, bool RotatedStamp, bool CaptionNoise, double SkewDegrees, int Seed, int Specks = 700);
