using System.Globalization;
using System.Text;

namespace CaseStay.Extract.Cli;

/// <summary>The flat CSV form of a record: one row per file.</summary>
internal static class CsvRow
{
    public const string Header = "path,kind,isStayOrder,notStayReason,court,caseNumber,plaintiffs,defendants,title,judge,judgeTitle,dated,stayKind,directives,labels,footnotes,warnings,error";

    public static string Format(ExtractionResult r)
    {
        var o = r.Order;
        string?[] cells =
        [
            r.Source.Path,
            r.Source.Kind,
            r.Success ? (o!.IsStayOrder ? "true" : "false") : null,
            o?.NotStayReason?.Code,
            o?.Court?.Code,
            o?.CaseNumber?.Normalized,
            o?.Parties is null ? null : string.Join("; ", o.Parties.Plaintiffs) + (o.Parties.PlaintiffsEtAl ? ", et al." : string.Empty),
            o?.Parties is null ? null : string.Join("; ", o.Parties.Defendants) + (o.Parties.DefendantsEtAl ? ", et al." : string.Empty),
            o?.Title,
            o?.Judge?.Name,
            o?.Judge?.Title,
            o?.Dated?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            o?.Stay?.Kind,
            o?.Directives.Count.ToString(CultureInfo.InvariantCulture),
            o is null ? null : string.Join(' ', o.Directives.Select(d => d.Label ?? "-")),
            o?.Footnotes.Count.ToString(CultureInfo.InvariantCulture),
            string.Join(' ', r.Warnings.Select(w => w.Code)),
            r.Error?.Code,
        ];
        return string.Join(',', cells.Select(Escape));
    }

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 2).Append('"');
        sb.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return sb.ToString();
    }
}
