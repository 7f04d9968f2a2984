using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;

namespace CaseStay.Extract.Tests.Generality;

/// <summary>
/// The fields compared between two forms of one document (an order and its variant, a PDF and its pdftotext text),
/// the per-(form, field) agreement table, and its ratchet floors: measured agreement, raised with every fix and
/// never lowered, until every cell is 100 %.
/// </summary>
internal static partial class FieldAgreement
{
    /// <summary>The compared fields, in table order.</summary>
    public static readonly string[] Fields = ["caseNumber", "court", "plaintiffs", "defendants", "judge", "dated", "directiveLabels", "isStayOrder"];

    /// <summary>One document's comparable values; an error record compares as "error".</summary>
    public static IReadOnlyDictionary<string, string> Snapshot(ExtractionResult result)
    {
        if (result.Order is not { } o || !result.Success)
        {
            return Fields.ToDictionary(f => f, _ => "error:" + result.Error?.Code, StringComparer.Ordinal);
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["caseNumber"] = o.CaseNumber?.Normalized ?? "null",
            ["court"] = o.Court?.Code ?? "null",
            ["plaintiffs"] = Words(o.Parties is null ? null : string.Join(" ", o.Parties.Plaintiffs) + (o.Parties.PlaintiffsEtAl ? " et al" : string.Empty)),
            ["defendants"] = Words(o.Parties is null ? null : string.Join(" ", o.Parties.Defendants) + (o.Parties.DefendantsEtAl ? " et al" : string.Empty)),
            ["judge"] = Words(o.Judge?.Name),
            ["dated"] = o.Dated?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "null",
            ["directiveLabels"] = string.Join(",", o.Directives.Where(d => d.Label is not null).Select(d => d.Label)),
            ["isStayOrder"] = o.IsStayOrder.ToString(),
        };
    }

    /// <summary>Lower case, punctuation dropped.</summary>
    public static string Words(string? s) => s is null ? "null" : NonWord().Replace(s.ToLowerInvariant(), " ").Trim();

    /// <summary>Agreement of one (form, field) cell.</summary>
    public sealed record Cell(string Form, string Field, int Agree, int Total, List<string> Differences);

    /// <summary>Compares every document's snapshot in each form with its reference snapshot.</summary>
    public static List<Cell> Compare(IEnumerable<(string Id, string Form, IReadOnlyDictionary<string, string> Reference, IReadOnlyDictionary<string, string> Variant)> pairs)
    {
        var cells = new Dictionary<(string, string), Cell>();
        foreach (var (id, form, reference, variant) in pairs)
        {
            foreach (var field in Fields)
            {
                if (!cells.TryGetValue((form, field), out var cell))
                {
                    cells[(form, field)] = cell = new Cell(form, field, 0, 0, []);
                }

                var same = string.Equals(reference[field], variant[field], StringComparison.Ordinal);
                cells[(form, field)] = cell = cell with { Agree = cell.Agree + (same ? 1 : 0), Total = cell.Total + 1 };
                if (!same)
                {
                    cell.Differences.Add($"{id} {form} {field}: `{reference[field]}` → `{variant[field]}`");
                }
            }
        }

        return [.. cells.Values];
    }

    /// <summary>Writes the table (with floors) to TestResults/NAME.md and returns it.</summary>
    public static string Report(string name, string title, List<Cell> cells, IReadOnlyDictionary<string, double> floors)
    {
        var forms = cells.Select(c => c.Form).Distinct().ToList();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{title}: agreement per form and field (floor in brackets)").AppendLine();
        sb.Append("| form |");
        foreach (var f in Fields)
        {
            sb.Append(' ').Append(f).Append(" |");
        }

        sb.AppendLine().Append("|---|").AppendLine(string.Concat(Enumerable.Repeat("---|", Fields.Length)));
        foreach (var form in forms)
        {
            sb.Append("| ").Append(form).Append(" |");
            foreach (var f in Fields)
            {
                var c = cells.Single(x => x.Form == form && x.Field == f);
                var floor = floors.TryGetValue(form + "/" + f, out var fl) ? fl : 0.0;
                sb.Append(CultureInfo.InvariantCulture, $" {c.Agree}/{c.Total} ({100.0 * floor:F0}%) |");
            }

            sb.AppendLine();
        }

        sb.AppendLine().AppendLine("Differences:");
        foreach (var d in cells.SelectMany(c => c.Differences).Order(StringComparer.Ordinal))
        {
            sb.Append("- ").AppendLine(d);
        }

        var table = sb.ToString();
        var dir = Path.Combine(TestPaths.RepoRoot, "TestResults");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".md"), table);
        return table;
    }

    /// <summary>Every cell at or above its floor (a missing floor is 100 %: new forms and fields start strict).</summary>
    public static void HoldFloors(List<Cell> cells, IReadOnlyDictionary<string, double> floors, string table)
    {
        using var scope = new FluentAssertions.Execution.AssertionScope();
        foreach (var c in cells)
        {
            var floor = floors.TryGetValue(c.Form + "/" + c.Field, out var f) ? f : 1.0;
            ((double)c.Agree / Math.Max(1, c.Total)).Should().BeGreaterThanOrEqualTo(floor, $"the floor of {c.Form}/{c.Field}\n{table}");
        }
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
