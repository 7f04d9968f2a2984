namespace CaseStay.Extract.Pdf;

/// <summary>
/// A PDF value as the guard sees it: only what the object graph needs (names, integers, references, arrays and
/// dictionaries); strings and reals are placeholders. Immutable once the scanner has built it.
/// </summary>
internal sealed class PdfGuardValue
{
    private static readonly Dictionary<string, PdfGuardValue> s_noEntries = new(StringComparer.Ordinal);

    private PdfGuardValue(PdfGuardValueKind kind, long number = 0, string? name = null, IReadOnlyList<PdfGuardValue>? items = null, IReadOnlyDictionary<string, PdfGuardValue>? entries = null)
    {
        Kind = kind;
        Number = number;
        Name = name;
        Items = items ?? [];
        Entries = entries ?? s_noEntries;
    }

    /// <summary>A placeholder for a value the guard does not need.</summary>
    public static PdfGuardValue Other { get; } = new(PdfGuardValueKind.Other);

    /// <summary>What the value is.</summary>
    public PdfGuardValueKind Kind { get; }

    /// <summary>The integer, or the object number of a reference.</summary>
    public long Number { get; }

    /// <summary>The name, without its slash.</summary>
    public string? Name { get; }

    /// <summary>An array's items.</summary>
    public IReadOnlyList<PdfGuardValue> Items { get; }

    /// <summary>A dictionary's entries (the last of a repeated key wins).</summary>
    public IReadOnlyDictionary<string, PdfGuardValue> Entries { get; }

    public static PdfGuardValue Integer(long value) => new(PdfGuardValueKind.Integer, value);

    public static PdfGuardValue OfName(string name) => new(PdfGuardValueKind.Name, name: name);

    public static PdfGuardValue Reference(long objectNumber) => new(PdfGuardValueKind.Reference, objectNumber);

    public static PdfGuardValue Array(List<PdfGuardValue> items) => new(PdfGuardValueKind.Array, items: items);

    /// <summary>A dictionary from the flat list of its tokens (key, value, key, value, …).</summary>
    public static PdfGuardValue Dictionary(List<PdfGuardValue> items)
    {
        var entries = new Dictionary<string, PdfGuardValue>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < items.Count; i += 2)
        {
            if (items[i].Kind != PdfGuardValueKind.Name)
            {
                // A malformed dictionary: resynchronize on the next name.
                i--;
                continue;
            }

            entries[items[i].Name!] = items[i + 1];
        }

        return new(PdfGuardValueKind.Dictionary, entries: entries);
    }

    /// <summary>The entry <paramref name="key"/> of a dictionary, or null.</summary>
    public PdfGuardValue? this[string key] => Entries.TryGetValue(key, out var v) ? v : null;

    /// <summary>Whether this is the name <paramref name="name"/>.</summary>
    public bool IsName(string name) => Kind == PdfGuardValueKind.Name && Name == name;
}
