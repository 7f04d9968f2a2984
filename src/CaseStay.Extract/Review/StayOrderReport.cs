using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseStay.Extract.Serialization;

namespace CaseStay.Extract.Review;

/// <summary>
/// Writes a review of extraction results a person can check in seconds: <c>DIR/index.html</c> (one row per file,
/// what needs attention first) and one page per file with the order's pages as images, every field's box drawn over
/// the page, the fields with confidence and provenance, the deadlines with their explanation and directive, and a form
/// to correct fields and download <c>corrections.json</c> (applied by <c>ExtractionOptions.Corrections</c>).
/// </summary>
/// <remarks>The folder is self-contained (inline style and script, no external resource) and can be zipped and mailed.
/// All document text is HTML-encoded. PDF pages are rendered with Poppler's <c>pdftoppm</c> (in parallel); PNG and
/// JPEG inputs are copied as they are; other images (TIFF) are converted to PNG pages by
/// <see cref="StayOrderReportOptions.ImageConverter"/>; text inputs are shown as text with the fields' spans marked.</remarks>
public static class StayOrderReport
{
    /// <summary>Writes the review of <paramref name="results"/> into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="results">The results, e.g. of <see cref="StayOrderBatch"/>.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static Task<StayOrderReportResult> WriteAsync(IEnumerable<ExtractionResult> results, string directory, StayOrderReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        return WriteRecordsAsync(results.Select(r => StayOrderJson.Serialize(r, indented: false)), directory, options, cancellationToken);
    }

    /// <summary>Writes the review of records in the output contract's JSON (one record per string, e.g. the lines
    /// <c>casestay extract --format jsonl</c> wrote).</summary>
    /// <param name="records">The JSON records.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <returns>What was written; a string that is not a record is listed in <see cref="StayOrderReportResult.Problems"/>.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static async Task<StayOrderReportResult> WriteRecordsAsync(IEnumerable<string> records, string directory, StayOrderReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= StayOrderReportOptions.Default;
        options.Validate();
        var problems = new List<string>();
        var parsed = new List<ReviewRecord>();
        var number = 0;
        foreach (var json in records)
        {
            number++;
            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(json);
                parsed.Add(ReviewRecord.Parse(document.RootElement));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add($"Record {number.ToString(CultureInfo.InvariantCulture)} is not a stay-order record: {e.Message}");
            }
        }

        Directory.CreateDirectory(directory);
        var pagesFolder = Path.Combine(directory, "pages");
        Directory.CreateDirectory(pagesFolder);
        var sorted = ReviewAttention.Sort(WithShortNames(parsed), options);
        var names = sorted.Select((r, i) => Slug(i + 1, r.DisplayName)).ToArray();
        var pageProblems = new ConcurrentDictionary<int, string>();
        var sources = sorted.Select(r => Resolve(r.Path, options)).ToArray();
        var batched = options.RenderPages
            ? await PageImages.RenderBatchesAsync(
                sorted.Select((r, i) => (Index: i, Source: sources[i], Prefix: names[i], r.Pages, Record: r))
                    .Where(x => x.Source is not null && x.Record.ErrorCode is null && x.Record.Kind is SourceKinds.PdfText or SourceKinds.PdfOcr)
                    .Select(x => (x.Index, x.Source!, x.Prefix, x.Pages))
                    .ToArray(),
                pagesFolder, options, cancellationToken).ConfigureAwait(false)
            : new Dictionary<int, IReadOnlyList<PageImage>>();
        await Parallel.ForEachAsync(Enumerable.Range(0, sorted.Count), new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var record = sorted[i];
                IReadOnlyList<PageImage> images = [];
                string? problem = null;
                string? text = null;
                var source = sources[i];
                if (source is not null && record.ErrorCode is null)
                {
                    if (record.Kind == SourceKinds.Text)
                    {
                        text = ReadText(source);
                    }
                    else if (batched.TryGetValue(i, out var rendered))
                    {
                        images = rendered.Select(p => p with { FileName = "pages/" + p.FileName }).ToArray();
                    }
                    else if (options.RenderPages)
                    {
                        (images, problem) = await PageImages.WriteAsync(source, record.Kind, record.Pages, pagesFolder, names[i], options, ct).ConfigureAwait(false);
                        images = images.Select(p => p with { FileName = "pages/" + p.FileName }).ToArray();
                    }
                }
                else if (record.ErrorCode is null && record.Path is not null)
                {
                    problem = $"The source file '{record.Path}' was not found; the fields are listed without the page.";
                }

                if (problem is not null)
                {
                    pageProblems[i] = record.DisplayName + ": " + problem;
                }

                var html = ReviewHtml.File(record, images, text, problem,
                    ("index.html", i > 0 ? names[i - 1] + ".html" : null, i + 1 < sorted.Count ? names[i + 1] + ".html" : null), options);
                await File.WriteAllTextAsync(Path.Combine(directory, names[i] + ".html"), html, new UTF8Encoding(false), ct).ConfigureAwait(false);
            }).ConfigureAwait(false);

        problems.AddRange(pageProblems.OrderBy(p => p.Key).Select(p => p.Value));
        var index = Path.Combine(directory, "index.html");
        var rows = sorted.Select((r, i) => (r, names[i] + ".html")).ToArray();
        await File.WriteAllTextAsync(index, ReviewHtml.Index(rows, options), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return new StayOrderReportResult(index, names.Select(n => Path.Combine(directory, n + ".html")).ToArray(), problems);
    }

    /// <summary>Writes the review of a JSON Lines file of records (as <c>casestay extract --format jsonl</c> writes it).
    /// Relative source paths are resolved from <see cref="StayOrderReportOptions.BaseDirectory"/> (default: the current
    /// directory), then from the JSON Lines file's folder.</summary>
    /// <param name="jsonLinesPath">The JSON Lines file.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the reading and rendering.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<StayOrderReportResult> WriteFromJsonLinesAsync(string jsonLinesPath, string directory, StayOrderReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jsonLinesPath);
        options ??= StayOrderReportOptions.Default;
        var lines = await File.ReadAllLinesAsync(jsonLinesPath, cancellationToken).ConfigureAwait(false);
        var folder = Path.GetDirectoryName(Path.GetFullPath(jsonLinesPath));
        return await WriteRecordsAsync(lines, directory, options with { FallbackDirectory = folder }, cancellationToken).ConfigureAwait(false);
    }

    private static string? Resolve(string? path, StayOrderReportOptions options)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        if (Path.IsPathRooted(path))
        {
            return File.Exists(path) ? path : null;
        }

        foreach (var root in new[] { options.BaseDirectory ?? Directory.GetCurrentDirectory(), options.FallbackDirectory })
        {
            if (root is not null && Path.Combine(root, path) is var candidate && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The text the extractor read (the same decoding, so the record's character offsets point into it).</summary>
    private static string? ReadText(string path)
    {
        try
        {
            return Sources.SourceText.Decode(File.ReadAllBytes(path)).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Names each record by its path below the folder all the records share (<c>pdf-appeal/input.pdf</c>
    /// rather than a column of <c>input.pdf</c>); a single file keeps its file name.</summary>
    private static IReadOnlyList<ReviewRecord> WithShortNames(IReadOnlyList<ReviewRecord> records)
    {
        var folders = records.Where(r => !string.IsNullOrEmpty(r.Path)).Select(r => r.Path!.Replace('\\', '/').Split('/')[..^1]).ToArray();
        if (folders.Length < 2)
        {
            return records;
        }

        var common = folders.Aggregate((a, b) => a.Zip(b).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToArray()).Length;
        return records.Select(r => string.IsNullOrEmpty(r.Path) ? r : r with { DisplayName = string.Join('/', r.Path.Replace('\\', '/').Split('/')[common..]) }).ToArray();
    }

    /// <summary>The page's file name: its position in the review and the source's name, safe on every file system.</summary>
    private static string Slug(int position, string name)
    {
        var sb = new StringBuilder(position.ToString("D4", CultureInfo.InvariantCulture)).Append('-');
        var stem = Path.Combine(Path.GetDirectoryName(name) ?? string.Empty, Path.GetFileNameWithoutExtension(name));
        foreach (var c in stem.Length > 60 ? stem[^60..] : stem)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return sb.ToString();
    }
}
