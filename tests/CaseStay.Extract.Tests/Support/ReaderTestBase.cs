using CaseStay.Extract.Layout;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Text;
using FluentAssertions;

namespace CaseStay.Extract.Tests.Support;

/// <summary>
/// The base of the per-reader table tests (issue 10, target 9; in the spirit of NodaTime's <c>PatternTestBase</c>):
/// builds a document from a string, runs only the readers that fill what the reader under test needs (the closure
/// of its <see cref="IFieldReader.Needs"/> over the default pipeline, in pipeline order), then the reader itself,
/// and hands back the record and the warning codes <em>that reader</em> added. A table row is then (text, expected
/// value, expected warning codes).
/// </summary>
public abstract class ReaderTestBase
{
    /// <summary>The name of the reader under test in the default pipeline (e.g. <c>dated</c>).</summary>
    protected abstract string ReaderName { get; }

    /// <summary>The options the readers run with.</summary>
    protected virtual ExtractionOptions Options => ExtractionOptions.Default;

    /// <summary>Runs the reader under test, after only the readers its needs require, over <paramref name="text"/>.</summary>
    /// <param name="text">The document (a synthetic snippet).</param>
    /// <param name="ocr">Read as if the text came from OCR.</param>
    /// <returns>The record, the warning codes the reader under test added, and the readers that ran.</returns>
    protected ReaderRun RunReader(string text, bool ocr = false)
    {
        var all = StayOrderExtractor.DefaultReaders.Readers;
        var index = all.ToList().FindIndex(r => r.Name == ReaderName);
        index.Should().BeGreaterThanOrEqualTo(0, $"'{ReaderName}' is a reader of the default pipeline");
        var chosen = new List<IFieldReader> { all[index] };
        var needed = all[index].Needs;
        for (var i = index - 1; i >= 0; i--)
        {
            if ((all[i].Fills & needed) != BucketSlots.None)
            {
                chosen.Insert(0, all[i]);
                needed |= all[i].Needs;
            }
        }

        var model = LineModel.FromText(text);
        var document = NormalizedDocument.Build(model.Text, model.Lines, model.Pages);
        var bucket = new StayOrderBucket(document, Options) { IsOcr = ocr };
        var before = 0;
        var ran = new List<string>();
        new ReaderPipeline(chosen).Run(bucket, (reader, _, _) =>
        {
            ran.Add(reader.Name);
            if (reader.Name != ReaderName)
            {
                before = bucket.Warnings.Count;
            }
        });
        var codes = bucket.Warnings.Skip(before).Select(w => w.Code).ToArray();
        return new ReaderRun(bucket.CalculateValue(), codes, ran);
    }
}

/// <summary>What one run of <see cref="ReaderTestBase.RunReader"/> gives.</summary>
/// <param name="Order">The record made from the bucket.</param>
/// <param name="WarningCodes">The warning codes the reader under test added, in order.</param>
/// <param name="ReadersRun">The readers that ran, in order (the reader under test last).</param>
public sealed record ReaderRun(StayOrder Order, IReadOnlyList<string> WarningCodes, IReadOnlyList<string> ReadersRun);
