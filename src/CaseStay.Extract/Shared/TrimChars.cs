namespace CaseStay.Extract.Shared;

/// <summary>
/// The punctuation sets the readers trim, allocated once: <c>s.Trim(',', ';')</c> builds a new array on every call,
/// which on the hot paths (every caption token, every party, every citation) cost more than the trim itself.
/// </summary>
internal static class TrimChars
{
    /// <summary>What <see cref="Readers.Caption.CaptionToken.Bare"/> strips: clause punctuation, brackets and quotes.</summary>
    public static readonly char[] Bare = [',', ';', ':', '.', '(', ')', '"', '“', '”', '[', ']'];

    /// <summary><c>, ; : .</c></summary>
    public static readonly char[] CommaSemicolonColonPeriod = [',', ';', ':', '.'];

    /// <summary><c>, . ; :</c> (the order of a role word's trim).</summary>
    public static readonly char[] CommaPeriodSemicolonColon = [',', '.', ';', ':'];

    /// <summary><c>, ; :</c></summary>
    public static readonly char[] CommaSemicolonColon = [',', ';', ':'];

    /// <summary><c>, ;</c></summary>
    public static readonly char[] CommaSemicolon = [',', ';'];

    /// <summary><c>, ; space</c></summary>
    public static readonly char[] CommaSemicolonSpace = [',', ';', ' '];

    /// <summary><c>. , ; space</c></summary>
    public static readonly char[] PeriodCommaSemicolonSpace = ['.', ',', ';', ' '];

    /// <summary><c>. , ; : space</c></summary>
    public static readonly char[] PeriodCommaSemicolonColonSpace = ['.', ',', ';', ':', ' '];

    /// <summary><c>. ,</c></summary>
    public static readonly char[] PeriodComma = ['.', ','];
}
