using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Regions;

namespace CaseStay.Extract.Readers.Signer;

/// <summary>
/// Reads the signing judge from the signature block (after the closing or the dated line: "NAME / TITLE",
/// "/s/ Name", "Honorable Name United States District Judge") or, when the block names nobody, from the signer line
/// some sources print at the head of the order ("NAME, Magistrate Judge.", "delivered by: Name United States
/// Magistrate Judge", minutes' "Present: The Honorable NAME, U.S. DISTRICT JUDGE", a casetext "NAME, J." line).
/// A title printed alone in the block gives the title without a name; the name is then inferred from the
/// case-number initials only when the caller asks (and marked so). Roster judges come back in the roster's
/// spelling, others as printed.
/// </summary>
internal static partial class JudgeReader
{
    /// <summary>A signer sentence ("The opinion of the court was delivered by: …") may run this far into the prose.</summary>
    private const int SignerSentence = 200;

    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var roster = bucket.Options.Court.Roster;
        var block = bucket.SignatureBlock;
        string? name = null;
        string? title = null;
        string? signature = null;
        var spanStart = -1;
        var spanEnd = -1;

        if (block is not null)
        {
            foreach (var t in JudgeName.Titles(flow, block.Start, block.End))
            {
                if (JudgeName.Before(flow, t.Index, block.Start, roster) is { } printed && !LowerCaseBefore(flow, printed.Start))
                {
                    name = JudgeName.Normalize(printed, roster);
                    title = JudgeName.NormalizeTitle(t.Value);
                    (spanStart, spanEnd) = (printed.Start, t.Index + t.Length);
                    break;
                }
            }

            if (title is null && JudgeName.Titles(flow, block.Start, block.End).FirstOrDefault(t => JudgeName.TitleStandsAlone(flow, t.Index, block.Start) && JudgeName.Before(flow, t.Index, block.Start, roster) is null) is { } alone)
            {
                title = JudgeName.NormalizeTitle(alone.Value);
                (spanStart, spanEnd) = (alone.Index, alone.Index + alone.Length);
            }

            // "/s/ Name" is the judge's when a title follows it or the roster knows the name (the block of a
            // stipulation cut before the court's order may end with an attorney's "/s/").
            var slash = SlashS().Match(flow, block.Start, block.End - block.Start);
            if (slash.Success)
            {
                var printedName = string.Join(' ', slash.Groups["name"].Value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
                var follows = JudgeName.Titles(flow, slash.Index, Math.Min(block.End, slash.Index + 300)).Any();
                if (follows || roster.TryGetByName(printedName, out _))
                {
                    signature = "/s/ " + printedName;
                    if (name is null)
                    {
                        name = JudgeName.Normalize(printedName, roster);
                        (spanStart, spanEnd) = (slash.Groups["name"].Index, slash.Index + slash.Length);
                    }
                }
            }

            if (name is null && InitialsSignature().Match(flow, block.Start, block.End - block.Start) is { Success: true } sig
                && roster.TryGetByInitials(sig.Groups["initials"].Value, out var byInitials) && byInitials!.Court == bucket.Options.Court.Code)
            {
                // Printed only as initials ("/s/ DJC"): expanded from the roster.
                name = byInitials.Name;
                title ??= byInitials.Title;
                signature = "/s/ " + sig.Groups["initials"].Value;
                (spanStart, spanEnd) = (sig.Index, sig.Index + sig.Length);
            }
        }

        if (name is null && HeadSigner(flow, bucket.Head, roster) is { } head)
        {
            name = head.Name;
            title ??= head.Title;
            (spanStart, spanEnd) = (head.Start, head.End);
        }

        if (name is not null && title is null && UndersignedJudge().Match(flow) is { Success: true } u)
        {
            title = u.Groups["kind"].Value.Equals("magistrate", StringComparison.OrdinalIgnoreCase)
                ? "United States Magistrate Judge"
                : "United States District Judge";
        }

        var inferred = false;
        if (name is null && bucket.Options.InferJudgeFromInitials && bucket.CaseNumber is { JudgeInitials.Count: > 0 } cn)
        {
            // Opt-in only: the signer is assumed to be the judge whose title matches; marked as inferred.
            var kind = title is null ? null : title.Contains("Magistrate", StringComparison.Ordinal) ? "Magistrate" : "District";
            foreach (var initials in cn.JudgeInitials)
            {
                if (roster.TryGetByInitials(initials, out var j) && (kind is null || j!.Title.Contains(kind, StringComparison.Ordinal)))
                {
                    name = j!.Name;
                    title ??= j.Title;
                    inferred = true;
                    break;
                }
            }
        }

        if (name is null && title is null)
        {
            return;
        }

        bucket.Judge = new Judge(name, title, signature, inferred);
        if (spanStart >= 0)
        {
            bucket.Locate(FieldKeys.Judge, spanStart, spanEnd);
        }

        CheckInitials(bucket, name);
    }

    /// <summary>
    /// The signer line at the head: a name with its title before the prose (or in its first sentence, "delivered by:"),
    /// not inside a sentence ("referred to the Honorable NAME, United States Magistrate Judge, for …").
    /// </summary>
    private static (string Name, string? Title, int Start, int End)? HeadSigner(string flow, Regions.DocumentHead region, JudgeRoster roster)
    {
        var head = region.ProseStart >= 0 ? Math.Min(region.End, region.ProseStart + SignerSentence) : region.End;

        foreach (var t in JudgeName.Titles(flow, 0, head))
        {
            if (JudgeName.Before(flow, t.Index, 0, roster) is not { } printed || InsideSentence(flow, printed.Start, t.Index + t.Length))
            {
                continue;
            }

            return (JudgeName.Normalize(printed, roster), JudgeName.NormalizeTitle(t.Value), printed.Start, t.Index + t.Length);
        }

        if (PresentHonorable().Match(flow, 0, head) is { Success: true } present
            && JudgeName.After(flow, present.Index + present.Length, Math.Min(flow.Length, present.Index + present.Length + 120)) is { } minutes)
        {
            var end = minutes.Start + string.Join(' ', minutes.Words).Length;
            return (JudgeName.Normalize(minutes, roster), null, minutes.Start, Math.Min(flow.Length, end));
        }

        for (var ct = CasetextJudgeMark().Match(flow, 0, head); ct.Success; ct = ct.NextMatch())
        {
            if (CasetextName(flow, ct.Index, roster) is { } printed)
            {
                return (JudgeName.Normalize(printed, roster), null, printed.Start, ct.Index + ct.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The name of a casetext signer line "NAME, J.": two to four words in capitals read backwards from the comma,
    /// the first of them at a line start and no lower-case or function word before it. Read word by word, so the
    /// line may also come one token per line ("JANE⏎Q.⏎DOE,⏎J.") after an upper-case title.
    /// </summary>
    private static JudgeName.Printed? CasetextName(string flow, int comma, JudgeRoster roster)
    {
        if (JudgeName.Before(flow, comma, 0, roster) is not { Words.Count: >= 2 and <= 4 } printed || printed.Suffix is not null
            || printed.Words.Any(w => w.Any(char.IsLower)) || (printed.Start > 0 && flow[printed.Start - 1] != '\n')
            || LowerCaseBefore(flow, printed.Start))
        {
            return null;
        }

        return printed;
    }

    /// <summary>A name inside a sentence: a lower-case word stands before it (after "the Honorable") or a lower-case clause continues after the title.</summary>
    private static bool InsideSentence(string flow, int nameStart, int titleEnd)
    {
        if (LowerCaseBefore(flow, nameStart))
        {
            return true;
        }

        var i = titleEnd;
        if (i < flow.Length && flow[i] == ',')
        {
            i++;
            while (i < flow.Length && flow[i] is ' ' or '\t' or '\n')
            {
                i++;
            }

            return i < flow.Length && char.IsLower(flow[i]);
        }

        return false;
    }

    /// <summary>A lower-case word, a function word or a label other than "by:"/"Present:" stands before the name, after any "the Honorable".</summary>
    private static bool LowerCaseBefore(string flow, int nameStart)
    {
        var e = nameStart;
        while (true)
        {
            while (e > 0 && char.IsWhiteSpace(flow[e - 1]))
            {
                e--;
            }

            var s = e;
            while (s > 0 && !char.IsWhiteSpace(flow[s - 1]))
            {
                s--;
            }

            if (e <= s)
            {
                break;
            }

            var prev = flow.AsSpan(s, e - s);
            if (Courtesy().IsMatch(prev) && !char.IsLower(prev[0]))
            {
                e = s;
                continue;
            }

            // A label names the signer only as the author ("delivered by:") or the minutes' "Present:"; "Judge:" or
            // "Assigned to:" in a caption names the assigned judge, who need not sign.
            // A sentence that ends before the name ("It is so ordered." then the name) leaves it outside the sentence.
            return prev[^1] == ':' ? !SignerLabel().IsMatch(prev) : (char.IsLower(prev[0]) && !EndsSentence(prev)) || JudgeName.IsFunctionWord(prev);
        }

        return false;
    }

    /// <summary>A lower-case word that ends a sentence ("ordered.", "granted!"): four letters or more before the stop, so "v." or "al." do not.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> word) =>
        word.Length >= 5 && (word[^1] is '.' or '!' or '?') && char.IsLetter(word[^2]) && !word[..^1].Contains('.');

    private static void CheckInitials(StayOrderBucket bucket, string? name)
    {
        if (name is null || bucket.CaseNumber is not { JudgeInitials.Count: > 0 } cn
            || !bucket.Options.Court.Roster.TryGetByName(name, out var judge))
        {
            return;
        }

        var known = cn.JudgeInitials.Where(i => bucket.Options.Court.Roster.TryGetByInitials(i, out _)).ToList();
        if (known.Count == cn.JudgeInitials.Count && !cn.JudgeInitials.Contains(judge!.Initials, StringComparer.Ordinal))
        {
            bucket.Warnings.Add(new ExtractionWarning(WarningCodes.JudgeInitialsMismatch,
                $"The order is signed by {judge.Name} ({judge.Initials}), whose initials are not in case number {cn.Normalized}.",
                bucket.SpanOrDefault(FieldKeys.Judge)));
        }
    }

    [GeneratedRegex(@"^(?i:by|present):$", RegexOptions.CultureInvariant)]
    private static partial Regex SignerLabel();

    /// <summary>Minutes: "Present: The Honorable" before the judge's name.</summary>
    [GeneratedRegex(@"\b(?i:present)\s*:\s*(?:(?i:the)\s+)?(?i:honorable|hon\.)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PresentHonorable();

    [GeneratedRegex(@"^(?i:the|honorable|hon\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();

    /// <summary>The ", J." that ends a casetext signer line ("JANE Q. DOE, J."); the name before it is read by <see cref="CasetextName"/>.</summary>
    [GeneratedRegex(@"(?<=[A-Z'’\-]),[ \t\n]+J\.[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex CasetextJudgeMark();

    [GeneratedRegex(@"(?<![A-Za-z])/s/[ \t]*(?<initials>[A-Z]{2,4})\b(?![ \t]*[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsSignature();

    /// <summary>An electronic signature: "/s/" and the name after it (not a title).</summary>
    [GeneratedRegex(@"(?<![A-Za-z])/s/[ \t]*(?!UNITED\b|U\.S\.|CHIEF\b|SENIOR\b)(?<name>[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){1,4}(?:,?[ \t]+(?:Jr\.|Sr\.|III|II|IV|JR\.|SR\.))?)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashS();

    /// <summary>"the undersigned (United States) magistrate/district judge": the signer's title when no title line is printed.</summary>
    [GeneratedRegex(@"\bundersigned\s+(?:United\s+States\s+)?(?<kind>magistrate|district)\s+judge", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UndersignedJudge();
}
