using System.Text.RegularExpressions;

namespace CaseStay.Extract.Internal;

/// <summary>Every regular expression of the extractor, source-generated.</summary>
internal static partial class Patterns
{
    /// <summary>The month names, spelled out.</summary>
    internal const string FullMonths = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>The superscript digits footnote markers are written as.</summary>
    internal const string SuperscriptDigits = "¹²³⁴⁵⁶⁷⁸⁹⁰";

    private const string Months = FullMonths + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";





    [GeneratedRegex(@"CIVIL\s+MINUTES", RegexOptions.CultureInvariant)]
    internal static partial Regex CivilMinutes();


    [GeneratedRegex(@"\b(?:DATED|Dated|DATE|Date)\b\s*(?:this\s+)?[:.]?\s*(?:(?<month>" + Months + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?<year>\d{4})|(?<nm>\d{1,2})/(?<nd>\d{1,2})/(?<ny>\d{4}|\d{2})(?!\d)|(?<blank>_{3,}))", RegexOptions.CultureInvariant)]
    internal static partial Regex DatedLine();

    [GeneratedRegex(@"\b(?:DATED|Dated|DATE|Date)\b\s*[:.;,]?\s*(?<month>[A-Za-z][A-Za-z ]{2,11}?)\.?\s+(?<day>[0-9OIl]{1,2})\s*[,.]?\s*(?<year>[0-9OIlS]{4})\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OcrDatedLine();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+(?<month>" + Months + @")\.?\s*,?\s+(?<year>\d{4})", RegexOptions.CultureInvariant)]
    internal static partial Regex OrdinalDate();

    [GeneratedRegex(@"^(?<nm>\d{2})-(?<nd>\d{2})-(?<ny>\d{4})$", RegexOptions.CultureInvariant)]
    internal static partial Regex DateOnlyLine();

    [GeneratedRegex(@"(?<![A-Za-z])/s/[ \t]*(?!UNITED\b|U\.S\.|CHIEF\b|SENIOR\b)(?<name>[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){1,4}(?:,?[ \t]+(?:Jr\.|Sr\.|III|II|IV|JR\.|SR\.))?)", RegexOptions.CultureInvariant)]
    internal static partial Regex SlashS();

    [GeneratedRegex(@"(?:(?i:(?:THE\s+)?(?:HONORABLE|HON\.))\s+)?(?<name>(?:(?:[A-Z][A-Z'’\-]+|[A-Z]\.)[ \t]+){1,4}[A-Z][A-Z'’\-]+(?:,?[ \t]+(?:JR\.|SR\.|III|II|IV))?)[ \t]*,?\s*(?<title>(?:CHIEF\s+|SENIOR\s+)?(?:UNITED\s+STATES|U\.\s?S\.)\s+(?:DISTRICT|MAGISTRATE|BANKRUPTCY)\s+JUDGE|SENIOR\s+(?:UNITED\s+STATES\s+)?DISTRICT\s+JUDGE|CHIEF\s+(?:UNITED\s+STATES\s+)?DISTRICT\s+JUDGE)", RegexOptions.CultureInvariant)]
    internal static partial Regex NameAndTitle();

    [GeneratedRegex(@"(?<title>(?:CHIEF\s+|SENIOR\s+)?(?:UNITED\s+STATES|U\.\s?S\.)\s+(?:DISTRICT|MAGISTRATE|BANKRUPTCY)\s+JUDGE|SENIOR\s+(?:UNITED\s+STATES\s+)?DISTRICT\s+JUDGE)", RegexOptions.CultureInvariant)]
    internal static partial Regex TitleOnly();

    [GeneratedRegex(@"^(?<name>[A-Z][A-Z'’\-]+(?:[ \t]+(?:[A-Z][A-Z'’\-]+|[A-Z]\.)){1,3}),[ \t]+J\.$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    internal static partial Regex CasetextJudgeLine();

    [GeneratedRegex(@"\bundersigned\s+(?:United\s+States\s+)?(?<kind>magistrate|district)\s+judge", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex UndersignedJudge();

    [GeneratedRegex(@"\b(?:IT\s+IS[,]?\s+(?:HEREBY\s+|FURTHER\s+|THEREFORE[,]?\s+|ACCORDINGLY[,]?\s+)*ORDERED|[Ii]t\s+is\s+(?:hereby\s+|further\s+|therefore[,]?\s+)*ORDERED|(?:[Tt]he\s+)?[Cc]ourt\s+(?:hereby\s+|therefore\s+)?ORDERS|ORDERED\s+as\s+follows)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OrderingTrigger();

    [GeneratedRegex(@"\b(?:IT\s+IS\s+SO\s+ORDERED|SO\s+ORDERED|So\s+ordered)\b|(?<![A-Za-z])/s/|\b(?:DATED|Dated)\s*:", RegexOptions.CultureInvariant)]
    internal static partial Regex Closing();

    /// <summary>A candidate label "N." before a capital; <see cref="Readers.Directives.DirectiveExtractor"/> checks what precedes it.</summary>
    [GeneratedRegex(@"(?<![\w.,])(?<label>\d{1,2})\.(?=\s+[\p{Lu}“""'(\[])", RegexOptions.CultureInvariant)]
    internal static partial Regex DirectiveStart();

    /// <summary>OCR reads a label's period as a comma ("4, If the parties"): accepted at a line start only.</summary>
    [GeneratedRegex(@"(?<=(?:^|\n)\s*)(?<label>\d{1,2}),(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    internal static partial Regex OcrDirectiveStart();

    [GeneratedRegex(@"(?<=(?:^|\s))\((?<label>\d{1,2})\)(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    internal static partial Regex ParenthesizedItem();

    [GeneratedRegex(@"(?<![A-Za-z.])(?:No|Nos|Doc|Docs|Dkt|ECF|p|pp|at|§|¶|Vol|Rule|R|U\.S\.C|Civ|P|Cal|Supp|F|Stat|Ct|id|Id)\.?\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex AbbreviationBefore();

    [GeneratedRegex("[" + SuperscriptDigits + "]+", RegexOptions.CultureInvariant)]
    internal static partial Regex Superscripts();

    [GeneratedRegex(@"^(?:(?<sup>[" + SuperscriptDigits + @"]+)|\[(?<br>\d{1,2})\]|(?<num>\d{1,2}))[ \t]*(?=[\p{Lu}“""'(\[A-Za-z])", RegexOptions.CultureInvariant)]
    internal static partial Regex FootnoteStart();

    [GeneratedRegex(@"(?<=[A-Za-z.,;:)”""'’])(?<num>\d{1,2})(?=[\s.,;:)]|$)", RegexOptions.CultureInvariant)]
    internal static partial Regex InlineFootnoteRef();

    [GeneratedRegex(@"\((?:ECF|Doc|Docs|Dkt|Dckt)\.?\s*(?:No|Nos)?\.?\s*[\d,\s&and]+\.?\)|\[ECF\s+Nos?\.\s*[\d,\s]+\.?\]|\bECF\s+NOS?\.?\s*\d+(?:\s*,\s*\d+)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex CaptionDocketRef();

    [GeneratedRegex(@"United\s+States\s+District\s+Court\s+(?:Northern|Southern|Central|Eastern)\s+District\s+of\s+California", RegexOptions.CultureInvariant)]
    internal static partial Regex SidewaysCourtName();

    [GeneratedRegex(@"\b(?<pr>Plaintiffs?|Petitioners?|PLAINTIFFS?|PETITIONERS?)\b\s*[,.;:]?\s*(?:v\.|vs\.?|V\.|VS\.?|Vv\.|vV\.|versus|v)\s+", RegexOptions.CultureInvariant)]
    internal static partial Regex PlaintiffRoleThenV();

    [GeneratedRegex(@"\b(?<dr>Defendants?|Respondents?|DEFENDANTS?|RESPONDENTS?)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex DefendantRole();

    [GeneratedRegex(@"[,\s]*\b(?:et\.?\s+al|ET\.?\s+AL)\b\.?[,\s]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex EtAlSuffix();

    [GeneratedRegex(@"Case\s+(?<number>\d:\d{2}-[a-z]{2,3}-\d{3,5}(?:-[A-Za-z]{1,4}){0,3}(?:-\d{1,3})?)\s+Document\s+(?<doc>[\d-]+)\s+Filed\s+(?<filed>\d{2}/\d{2}/\d{2,4})\s+Page\s+(?<page>\d+)[ \t]+of[ \t]+(?<pages>\d+)", RegexOptions.CultureInvariant)]
    internal static partial Regex FilingStamp();
}
