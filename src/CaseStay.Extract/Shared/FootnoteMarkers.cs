using System.Text.RegularExpressions;

namespace CaseStay.Extract.Shared;

/// <summary>How footnote markers are printed in the body (superscript digits, or a number glued to a word or
/// punctuation), shared by the footnote reader and the directive reader that strips markers from a directive.</summary>
internal static partial class FootnoteMarkers
{
    /// <summary>The superscript digits footnote markers are written as.</summary>
    public const string SuperscriptDigits = "¹²³⁴⁵⁶⁷⁸⁹⁰";

    /// <summary>A digit written as the superscript footnote markers are (<c>'3'</c> → <c>'³'</c>); any other character gives <c>'⁰'</c>.</summary>
    /// <param name="digit">An ASCII digit.</param>
    public static char ToSuperscript(char digit) => digit is >= '1' and <= '9' ? SuperscriptDigits[digit - '1'] : '⁰';

    /// <summary>A run of superscript digits.</summary>
    [GeneratedRegex("[" + SuperscriptDigits + "]+", RegexOptions.CultureInvariant)]
    public static partial Regex Superscripts();

    /// <summary>A marker printed as plain digits right after a word or punctuation ("the motion.3 The").</summary>
    [GeneratedRegex(@"(?<=[A-Za-z.,;:)”""'’])(?<num>\d{1,2})(?=[\s.,;:)]|$)", RegexOptions.CultureInvariant)]
    public static partial Regex InlineFootnoteRef();
}
