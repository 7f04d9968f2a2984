using System.Globalization;
using System.Text.Json;

namespace CaseStay.Extract.Cli;

/// <summary>
/// JSON Lines input for pipelines: one JSON object per line with an id and either the order's text or a file path.
/// The defaults are the field names of CourtListener's RECAP document records (<c>id</c>, <c>plain_text</c>,
/// <c>filepath_local</c>). The id is carried to the record's <c>source.id</c>.
/// </summary>
/// <param name="IdField">The id's field.</param>
/// <param name="TextField">The text's field (used when it holds non-blank text).</param>
/// <param name="PathField">The file path's field (used when there is no text).</param>
/// <param name="PathRoot">The folder relative paths start from; null: the JSON Lines file's folder.</param>
internal sealed record JsonlInput(string IdField, string TextField, string PathField, string? PathRoot)
{
    public const string DefaultIdField = "id";
    public const string DefaultTextField = "plain_text";
    public const string DefaultPathField = "filepath_local";

    /// <summary>One item read: an input to extract, or a record for a line that could not be used.</summary>
    /// <param name="Input">The input, or null when the line was bad.</param>
    /// <param name="Key">The id (the shard and resume key).</param>
    /// <param name="Failure">The error record of a bad line, or null.</param>
    internal sealed record Item(BatchInput? Input, string Key, ExtractionResult? Failure);

    /// <summary>Reads every line of <paramref name="file"/>; blank lines are skipped, bad lines become error records.</summary>
    public IEnumerable<Item> Read(string file)
    {
        var root = PathRoot ?? Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = $"{file}#{number.ToString(CultureInfo.InvariantCulture)}";
            yield return ParseLine(line, where, root);
        }
    }

    private Item ParseLine(string line, string where, string root)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Bad(where, null, $"Line is not JSON: {e.Message}");
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Bad(where, null, "Line is not a JSON object.");
            }

            var id = Scalar(doc.RootElement, IdField);
            if (string.IsNullOrEmpty(id))
            {
                return Bad(where, null, $"The record has no '{IdField}'.");
            }

            var path = Scalar(doc.RootElement, PathField);
            var text = Scalar(doc.RootElement, TextField);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return new Item(BatchInput.FromText(text, id, path ?? where), id, null);
            }

            if (!string.IsNullOrWhiteSpace(path))
            {
                return new Item(BatchInput.FromFile(Path.IsPathRooted(path) ? path : Path.Combine(root, path), id), id, null);
            }

            return Bad(where, id, $"The record has neither '{TextField}' text nor a '{PathField}'.");
        }
    }

    private static Item Bad(string where, string? id, string message) =>
        new(null, id ?? where, new ExtractionResult(new SourceInfo(where, SourceKinds.Unknown, 0, string.Empty) { Id = id }, null,
            new ExtractionError(ErrorCodes.ReadFailed, message), []));

    private static string? Scalar(JsonElement record, string field) =>
        record.TryGetProperty(field, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
