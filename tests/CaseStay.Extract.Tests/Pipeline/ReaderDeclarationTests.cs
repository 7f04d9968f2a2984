using CaseStay.Extract.Layout;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Tests.Support;
using CaseStay.Extract.Text;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace CaseStay.Extract.Tests.Pipeline;

/// <summary>
/// Issue 10, target 3: every reader declares what it needs from earlier readers and what it fills; the pipeline
/// checks the order once when it is built, and this class checks the declarations against what each reader really
/// does — on every labelled real order, seed and text fixture (as read and as if from OCR), the slots a reader
/// reads are among its needs and fills, and the slots it changes are among its fills (so a checkpoint of its fills
/// undoes it completely).
/// </summary>
public class ReaderDeclarationTests(ITestOutputHelper output)
{
    private static IEnumerable<string> Inputs()
    {
        return Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.txt", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(TestPaths.RequireShared(Path.Combine("corpus", "real")), "*.txt"))
            .Concat(Directory.GetFiles(TestPaths.RequireShared("seeds"), "*.txt"))
            .Order(StringComparer.Ordinal);
    }

    [SkippableFact]
    public void EveryReader_ReadsOnlyWhatItNeedsOrFills_AndChangesOnlyWhatItFills()
    {
        var reads = new Dictionary<string, BucketSlots>(StringComparer.Ordinal);
        var changes = new Dictionary<string, BucketSlots>(StringComparer.Ordinal);
        var problems = new List<string>();
        var documents = 0;
        foreach (var file in Inputs())
        {
            var text = File.ReadAllText(file);
            foreach (var ocr in new[] { false, true })
            {
                var model = LineModel.FromText(text);
                var document = NormalizedDocument.Build(model.Text, model.Lines, model.Pages);
                var bucket = new StayOrderBucket(document, ExtractionOptions.Default) { IsOcr = ocr };
                StayOrderExtractor.DefaultReaders.Run(bucket, (reader, read, changed) =>
                {
                    reads[reader.Name] = reads.GetValueOrDefault(reader.Name) | read;
                    changes[reader.Name] = changes.GetValueOrDefault(reader.Name) | changed;
                    var undeclaredRead = read & ~(reader.Needs | reader.Fills);
                    var undeclaredChange = changed & ~reader.Fills;
                    if (undeclaredRead != BucketSlots.None || undeclaredChange != BucketSlots.None)
                    {
                        problems.Add($"{Path.GetFileName(file)} (ocr {ocr}): {reader.Name} read [{undeclaredRead}] changed [{undeclaredChange}] without declaring it");
                    }
                });
                bucket.Warnings.Should().NotContain(w => w.Code == WarningCodes.ReaderFailed, Path.GetFileName(file));
                documents++;
            }
        }

        foreach (var reader in StayOrderExtractor.DefaultReaders.Readers)
        {
            output.WriteLine($"{reader.Name,-16} reads {reads.GetValueOrDefault(reader.Name)} | changes {changes.GetValueOrDefault(reader.Name)} | declared needs {reader.Needs}, fills {reader.Fills}");
        }

        documents.Should().BeGreaterThan(10);
        problems.Should().BeEmpty();
    }

    [Fact]
    public void EveryReader_DeclaresSomethingItFills_AndEveryFieldKeyHasAFiller()
    {
        var readers = StayOrderExtractor.DefaultReaders.Readers;
        readers.Should().OnlyContain(r => r.Fills != BucketSlots.None && r.Fills != BucketSlots.All, "a reader fills its own slots, not every slot");
        var filled = readers.Aggregate(BucketSlots.None, (all, r) => all | r.Fills);
        filled.Should().Be(BucketSlots.All, "every slot of the bucket is filled by some reader");
    }

    public static TheoryData<string, int, int, int, int, string?> Orders() => new()
    {
        // first reader: needs, fills; second reader: needs, fills; the error's words or null when the order is valid
        { "fine", (int)(BucketSlots.None), (int)(BucketSlots.Court), (int)(BucketSlots.Court), (int)(BucketSlots.Judge), null },
        { "needs a later reader's slot", (int)(BucketSlots.Judge), (int)(BucketSlots.Court), (int)(BucketSlots.None), (int)(BucketSlots.Judge), "needs Judge" },
        { "needs an unfilled slot", (int)(BucketSlots.None), (int)(BucketSlots.Court), (int)(BucketSlots.Dated | BucketSlots.Court), (int)(BucketSlots.Judge), "needs Dated" },
        { "needs what it fills itself", (int)(BucketSlots.None), (int)(BucketSlots.Court), (int)(BucketSlots.Title), (int)(BucketSlots.Title), "needs Title" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void ThePipeline_IsCheckedWhenBuilt(string what, int needs1, int fills1, int needs2, int fills2, string? error)
    {
        var build = () => new ReaderPipeline(
        [
            new FieldReader("first", (BucketSlots)needs1, (BucketSlots)fills1, _ => { }),
            new FieldReader("second", (BucketSlots)needs2, (BucketSlots)fills2, _ => { }),
        ]);
        if (error is null)
        {
            build.Should().NotThrow(what);
        }
        else
        {
            build.Should().Throw<ArgumentException>(what).WithMessage($"*{error}*");
        }
    }

    [Fact]
    public void ThePipeline_RefusesTwoReadersOfOneName()
    {
        var build = () => new ReaderPipeline(
        [
            new FieldReader("same", BucketSlots.None, BucketSlots.Court, _ => { }),
            new FieldReader("same", BucketSlots.None, BucketSlots.Judge, _ => { }),
        ]);
        build.Should().Throw<ArgumentException>().WithMessage("*unique*");
    }

    [Fact]
    public void AReaderThatThrows_IsUndone_ThroughTheSlotsItDeclares()
    {
        const string text = "Dated: June 9, 2025";
        var document = NormalizedDocument.Build(text, LineAssembler.Assemble(text).Lines, 1);
        var bucket = new StayOrderBucket(document, ExtractionOptions.Default);
        var pipeline = new ReaderPipeline(
        [
            new FieldReader("adds", BucketSlots.None, BucketSlots.Directives | BucketSlots.Title, b =>
            {
                b.Title = "SET";
                b.Directives.Add(new Directive(1, "1", "text", 1, [], document.Span(0, 1)));
                b.Locate(FieldKeys.Title, 0, 1);
                throw new InvalidOperationException("synthetic");
            }),
        ]);

        pipeline.Run(bucket);

        bucket.Title.Should().BeNull();
        bucket.Directives.Should().BeEmpty();
        bucket.Provenance.Should().BeEmpty();
        bucket.Warnings.Should().ContainSingle().Which.Code.Should().Be(WarningCodes.ReaderFailed);
    }

    [Fact]
    public void ChangedSince_SeesEverySlot()
    {
        const string text = "x";
        var document = NormalizedDocument.Build(text, LineAssembler.Assemble(text).Lines, 1);
        var bucket = new StayOrderBucket(document, ExtractionOptions.Default);
        var checkpoint = new BucketCheckpoint(bucket);
        checkpoint.ChangedSince(bucket).Should().Be(BucketSlots.None);

        bucket.Title = "T";
        bucket.FootnoteLines.Add(2);
        bucket.Citations.Add(new Citation("case", "Doe v. Roe", null, []));
        bucket.DocumentType = DocumentTypes.Transcript;
        bucket.Locate(FieldKeys.Judge, 0, 1);
        checkpoint.ChangedSince(bucket).Should().Be(BucketSlots.Title | BucketSlots.FootnoteLines | BucketSlots.Citations | BucketSlots.DocumentType | BucketSlots.Judge);
    }
}
