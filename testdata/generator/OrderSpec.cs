namespace CaseStay.FixtureGenerator;

/// <summary>One synthetic order (every name is fictional) and the way it is laid out on paper.</summary>
internal sealed record OrderSpec
{
    public required string Slug { get; init; }
    public string Court { get; init; } = "EASTERN";
    public string? Division { get; init; }
    public required string CaseNumber { get; init; }
    public string? StampNumber { get; init; }
    public int DocketNumber { get; init; } = 7;
    public required string[] Plaintiffs { get; init; }
    public string PlaintiffRole { get; init; } = "Plaintiff,";
    public required string[] Defendants { get; init; }
    public string DefendantRole { get; init; } = "Defendants.";
    public string[] Title { get; init; } = ["ORDER"];
    public required string Intro { get; init; }
    public required string[] Directives { get; init; }
    public string?[]? Labels { get; init; }
    public int FootnoteOnDirective { get; init; } = -1;
    public string? Footnote { get; init; }
    public string Dated { get; init; } = "Dated: January 29, 2025";
    public string[] Signature { get; init; } = ["/s/ Daniel J. Calabretta", "THE HONORABLE DANIEL J. CALABRETTA", "UNITED STATES DISTRICT JUDGE"];
    public CaptionStyle Caption { get; init; } = CaptionStyle.Parens;
    public int MarginLines { get; init; } = 28;
    public bool Stamp { get; init; } = true;
    public string? RunningFooter { get; init; } = "ORDER";
    public int ExtraBodyParagraphs { get; init; }
}

internal enum CaptionStyle
{
    Parens,
    Ruled,
    Gap,
}
