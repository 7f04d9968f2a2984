using System.Globalization;
using System.Text.Json;

namespace CaseStay.Extract.Review;

/// <summary>One record of the output contract, read for the review (from an <see cref="ExtractionResult"/>'s JSON or
/// a line an earlier <c>casestay extract</c> wrote): the same code path renders both.</summary>
internal sealed record ReviewRecord
{
    public string? Path { get; init; }

    public string Kind { get; init; } = SourceKinds.Unknown;

    public int Pages { get; init; }

    public string Sha256 { get; init; } = string.Empty;

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public bool IsStayOrder { get; init; }

    public string? NotStayReason { get; init; }

    public string CaseNumber { get; init; } = string.Empty;

    public string PartiesText { get; init; } = string.Empty;

    public string JudgeName { get; init; } = string.Empty;

    public string Dated { get; init; } = string.Empty;

    public string? StayKind { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<ReviewField> Fields { get; init; } = [];

    public IReadOnlyList<ReviewDeadline> Deadlines { get; init; } = [];

    public IReadOnlyList<ReviewWarning> Warnings { get; init; } = [];

    /// <summary>Directives: printed label (or index), text and span.</summary>
    public IReadOnlyList<(string Label, string Text, ReviewSpan? Span)> Directives { get; init; } = [];

    /// <summary>The file name shown for the record (its path's last part, or its id).</summary>
    public string DisplayName { get; init; } = string.Empty;

    /// <summary>The stay decision as a short phrase ("stayed: appeal", "not a stay: denies-stay").</summary>
    public string Decision => ErrorCode is not null ? string.Empty
        : IsStayOrder ? "stayed" + (StayKind is null ? string.Empty : ": " + StayKind)
        : "not a stay" + (NotStayReason is null ? string.Empty : ": " + NotStayReason);

    public static ReviewRecord Parse(JsonElement root)
    {
        var source = root.GetProperty("source");
        var path = Str(source, "path");
        var id = Str(source, "id");
        var order = Get(root, "error") is null;
        var error = Get(root, "error");
        var provenance = Get(root, "provenance");
        var corrections = Get(root, "corrections");
        var record = new ReviewRecord
        {
            Path = path,
            Kind = Str(source, "kind") ?? SourceKinds.Unknown,
            Pages = Get(source, "pages")?.GetInt32() ?? 0,
            Sha256 = Str(source, "sha256") ?? string.Empty,
            DisplayName = path is null ? id ?? "(text)" : System.IO.Path.GetFileName(path.Replace('\\', '/')) is { Length: > 0 } name ? name : path,
            ErrorCode = error is { } e ? Str(e, "code") : null,
            ErrorMessage = error is { } m ? Str(m, "message") : null,
        };
        if (!order)
        {
            return record with { Warnings = ReadWarnings(root) };
        }

        var caseNumber = Get(root, "caseNumber");
        var parties = Get(root, "parties");
        var judge = Get(root, "judge");
        var stay = Get(root, "stay");
        var court = Get(root, "court");
        var notStay = Get(root, "notStayReason");
        var isStay = Get(root, "isStayOrder")?.ValueKind == JsonValueKind.True;
        var partiesText = parties is { } p ? PartiesLine(p) : string.Empty;
        var fields = new List<ReviewField>();

        ReviewField Field(string key, string label, string kind, string value, IReadOnlyList<string> flags, string? correctionField) =>
            new(key, label, kind, value, flags, Span(provenance is { } pv ? Get(pv, key) : null), correctionField, Original(corrections, correctionField));

        var cnValue = caseNumber is { } cn ? Str(cn, "normalized") ?? string.Empty : string.Empty;
        fields.Add(Field("caseNumber", "Case number", "case-number", cnValue,
            caseNumber is { } cr && Str(cr, "raw") is { } raw && !string.Equals(raw, cnValue, StringComparison.Ordinal) ? ["printed: " + raw] : [], "caseNumber"));
        fields.Add(Field("court", "Court", "court",
            court is { } c ? string.Join(", ", new[] { Str(c, "name"), Str(c, "division") }.Where(s => !string.IsNullOrEmpty(s))) : string.Empty,
            court is { } ci && Get(ci, "inferred")?.ValueKind == JsonValueKind.True ? ["inferred"] : [], null));
        fields.Add(Field("parties", "Parties", "parties", partiesText, [], null));
        fields.Add(Field("title", "Title", "title", Str(root, "title") ?? string.Empty, [], null));
        fields.Add(Field("judge", "Judge", "judge", judge is { } j ? Str(j, "name") ?? string.Empty : string.Empty,
            judge is { } ji ? Flags((Get(ji, "inferred")?.ValueKind == JsonValueKind.True, "inferred"), (Str(ji, "title") is { } t, Str(ji, "title") ?? string.Empty)) : [], "judge"));
        fields.Add(Field("dated", "Dated", "dated", Str(root, "dated") ?? string.Empty, [], "dated"));
        fields.Add(Field("isStayOrder", "Stay decision", "stay", isStay ? "stayed" : "not a stay" + (notStay is { } ns ? " (" + Str(ns, "code") + ")" : string.Empty), [], "isStayOrder"));
        fields.Add(Field("stay.kind", "Stay kind", "stay", stay is { } s ? Str(s, "kind") ?? string.Empty : string.Empty,
            stay is { } su && Str(su, "until") is { } until ? ["until " + until] : [], "stay.kind"));
        if (Str(root, "documentType") is { } type && type != DocumentTypes.Order)
        {
            fields.Add(Field("documentType", "Document type", "title", type, [], null));
        }

        if (provenance is { } all)
        {
            foreach (var other in all.EnumerateObject().Where(o => fields.All(f => f.Key != o.Name)))
            {
                fields.Add(Field(other.Name, other.Name == "filingStamp" ? "Filing stamp" : other.Name, "other", other.Name == "filingStamp" && Get(root, "filingStamp") is { } fs ? FilingStampLine(fs) : string.Empty, [], null));
            }
        }

        var directives = new List<(string, string, ReviewSpan?)>();
        var directiveByIndex = new Dictionary<int, (string Label, string Text)>();
        var printedLabel = new Dictionary<int, string?>();
        if (Get(root, "directives") is { ValueKind: JsonValueKind.Array } ds)
        {
            foreach (var d in ds.EnumerateArray())
            {
                var index = Get(d, "index")?.GetInt32() ?? 0;
                var label = Str(d, "label") ?? "(" + index.ToString(CultureInfo.InvariantCulture) + ")";
                var text = Str(d, "text") ?? string.Empty;
                directives.Add((label, text, Span(Get(d, "provenance"))));
                directiveByIndex[index] = (label, text);
                printedLabel.TryAdd(index, Str(d, "label"));
            }
        }

        var deadlines = new List<ReviewDeadline>();
        if (Get(root, "deadlines") is { ValueKind: JsonValueKind.Array } dls)
        {
            var listed = dls.EnumerateArray().ToArray();
            var keys = Corrections.DeadlineKeys.Fields(listed
                .Select(d => Get(d, "directiveIndex")?.GetInt32() ?? 0)
                .Zip(listed, (index, d) => ((string? Label, int DirectiveIndex, string? Phrase))(printedLabel.GetValueOrDefault(index), index, Str(d, "phrase") ?? Str(d, "description")))
                .ToArray());
            var position = 0;
            foreach (var d in listed)
            {
                var directive = directiveByIndex.TryGetValue(Get(d, "directiveIndex")?.GetInt32() ?? 0, out var found) ? found : default;
                deadlines.Add(new ReviewDeadline(position, Str(d, "due"), Str(d, "description") ?? string.Empty, Str(d, "explanation") ?? string.Empty,
                    directive.Label, directive.Text, Span(Get(d, "phraseProvenance")), Get(d, "holidayDependent")?.ValueKind == JsonValueKind.True,
                    Original(corrections, keys[position]) ?? Original(corrections, Corrections.CorrectionFields.DeadlineDue(position)))
                {
                    Field = keys[position],
                });
                position++;
            }
        }

        return record with
        {
            IsStayOrder = isStay,
            NotStayReason = notStay is { } n ? Str(n, "code") : null,
            CaseNumber = cnValue,
            PartiesText = partiesText,
            JudgeName = judge is { } jn ? Str(jn, "name") ?? string.Empty : string.Empty,
            Dated = Str(root, "dated") ?? string.Empty,
            StayKind = stay is { } sk ? Str(sk, "kind") : null,
            Title = Str(root, "title"),
            Fields = fields,
            Directives = directives,
            Deadlines = deadlines,
            Warnings = ReadWarnings(root),
        };
    }

    private static IReadOnlyList<string> Flags(params (bool On, string Text)[] flags) => flags.Where(f => f.On && f.Text.Length > 0).Select(f => f.Text).ToArray();

    private static string? Original(JsonElement? corrections, string? field) =>
        corrections is { ValueKind: JsonValueKind.Object } c && field is not null && Get(c, field) is { ValueKind: JsonValueKind.Object } entry
            ? Str(entry, "original") ?? string.Empty
            : null;

    private static string PartiesLine(JsonElement parties)
    {
        static string Side(JsonElement p, string list, string etAl)
        {
            var names = Get(p, list) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray() : [];
            var text = string.Join("; ", names);
            return Get(p, etAl)?.ValueKind == JsonValueKind.True ? text + ", et al." : text;
        }

        return Side(parties, "plaintiffs", "plaintiffsEtAl") + " v. " + Side(parties, "defendants", "defendantsEtAl");
    }

    private static string FilingStampLine(JsonElement stamp) =>
        $"Document {Str(stamp, "document")}, filed {Str(stamp, "filed")}";

    private static IReadOnlyList<ReviewWarning> ReadWarnings(JsonElement root) =>
        Get(root, "warnings") is { ValueKind: JsonValueKind.Array } ws
            ? ws.EnumerateArray().Select(w => new ReviewWarning(Str(w, "code") ?? string.Empty, Str(w, "message") ?? string.Empty, Span(Get(w, "provenance")))).ToArray()
            : [];

    internal static ReviewSpan? Span(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } e)
        {
            return null;
        }

        ReviewBox? box = Get(e, "box") is { ValueKind: JsonValueKind.Object } b
            ? new ReviewBox(Num(b, "left"), Num(b, "bottom"), Num(b, "right"), Num(b, "top"))
            : null;
        return new ReviewSpan(Get(e, "page")?.GetInt32() ?? 1, Get(e, "line")?.GetInt32() ?? 0, Get(e, "start")?.GetInt32() ?? 0, Get(e, "length")?.GetInt32() ?? 0,
            box, Get(e, "confidence") is { ValueKind: JsonValueKind.Number } c ? c.GetDouble() : null);
    }

    private static double Num(JsonElement e, string name) => Get(e, name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : 0;

    private static JsonElement? Get(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Str(JsonElement e, string name) => Get(e, name) is { } v
        ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
        : null;
}
