using CaseStay.Extract.Layout;
using CaseStay.Extract.Pdf;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>
/// Issue 17: a long transcript or verdict has only its head and last pages laid out and read; the pages between are
/// checked for a text layer only. Proven by counting the pages skipped (<see cref="TextLayer.SkippedPages"/>) and by
/// comparing the JSON with the full read (option off) — on synthetic documents made here with real PdfPig, on every
/// real PDF of ../shared/corpus/pdf and on every PDF fixture.
/// </summary>
public class PdfEarlyStopTests
{
    private static readonly ExtractionOptions Early = ExtractionOptions.Default with { OcrMode = CaseStay.Extract.Ocr.OcrMode.Never };
    private static readonly ExtractionOptions Full = Early with { PdfSkipsBodyOfLongNonOrders = false };

    public static TheoryData<string, int, string, string, int, int> Synthetic => new()
    {
        // kind, pages, variant, expected document type, pages skipped by the read, extractions run (2: the result
        // placed something after the head, so the skipped pages were laid out and the text read again)
        { "transcript", 12, "plain", DocumentTypes.Transcript, 12 - PdfEarlyStop.HeadPages - PdfEarlyStop.TailPages, 1 },
        { "transcript", 7, "plain", DocumentTypes.Transcript, 3, 1 },
        { "transcript", 6, "plain", DocumentTypes.Transcript, 0, 1 },                 // short: read in full
        { "transcript", 12, "footer-everywhere", DocumentTypes.Transcript, 8, 1 },   // a running footer on every page: dropped either way
        { "transcript", 12, "footer-once-in-head", DocumentTypes.Transcript, 0, 1 },  // printed on page 1 and page 6 only: may repeat on a skipped page
        { "transcript", 12, "footer-once-in-tail", DocumentTypes.Transcript, 0, 1 },  // printed on the last page and page 5: laid out after the last page
        { "transcript", 12, "open-footnote", DocumentTypes.Transcript, 0, 1 },        // page 2's footnote runs on: its continuation would move up
        { "transcript", 12, "caption-later", DocumentTypes.Transcript, 0, 1 },        // the caption on page 3: pages are reordered caption-first
        { "verdict", 10, "plain", DocumentTypes.Verdict, 6, 2 },                      // dated on the last page: its offset needs the pages between
        { "order", 12, "plain", DocumentTypes.Order, 0, 1 },
        { "complaint", 12, "plain", DocumentTypes.Complaint, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Synthetic))]
    public async Task SyntheticDocument_SkipsOnlyWhereSafe_AndGivesTheFullReadsJson(string kind, int pages, string variant, string type, int skipped, int extractions)
    {
        var pdf = Build(kind, pages, variant);
        var (layer, error) = PdfTextReader.Read(pdf, Early, CancellationToken.None, StayOrderExtractor.HeadTypeReader(Early));
        error.Should().BeNull();
        layer!.Pages.Should().Be(pages);
        layer.SkippedPages.Should().HaveCount(skipped, "pages laid out: {0}", pages - layer.SkippedPages.Count);
        if (skipped > 0)
        {
            layer.SkippedPages.Should().Equal(Enumerable.Range(PdfEarlyStop.HeadPages + 1, skipped));
        }

        CountExtractions(layer).Should().Be(extractions);
        var early = await ExtractJson(pdf, Early);
        var full = await ExtractJson(pdf, Full);
        early.Should().Be(full);
        var fullResult = await StayOrderExtractor.ExtractAsync(new MemoryStream(pdf), "synthetic.pdf", Full);
        fullResult.Order!.DocumentType.Should().Be(type);
        PdfTextReader.Read(pdf, Full, CancellationToken.None, StayOrderExtractor.HeadTypeReader(Full)).Layer!.SkippedPages.Should().BeEmpty();
    }

    [Theory]
    [InlineData("REPORTER'S TRANSCRIPT OF PROCEEDINGS", true)]
    [InlineData("Reporter\u2019s Transcript of Motion Hearing", true)]
    [InlineData("T R A N S C R I P T  O F  P R O C E E D I N G S", true)]
    [InlineData("REPORTER'S RECORD, VOLUME 2", true)]
    [InlineData("SPECIAL VERDICT FORM", true)]
    [InlineData("Verdict-Form (Phase One)", true)]
    [InlineData("ORDER GRANTING MOTION TO STAY PROCEEDINGS", false)]
    [InlineData("COMPLAINT FOR DAMAGES AND INJUNCTIVE RELIEF", false)]
    public void PreFilter_KeepsEveryHeadTheTypeReaderCouldCallATranscriptOrVerdict(string head, bool may)
    {
        PdfEarlyStop.MayNameTranscriptOrVerdict("UNITED STATES DISTRICT COURT\n" + head).Should().Be(may);
    }

    [SkippableFact]
    public async Task RealCorpus_EveryPdf_SameJsonAsTheFullRead_AndTheTranscriptSkipsItsBody()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        var files = Directory.GetFiles(dir, "*.pdf").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCountGreaterThanOrEqualTo(40);
        foreach (var file in files)
        {
            var pdf = await File.ReadAllBytesAsync(file);
            (await ExtractJson(pdf, Early)).Should().Be(await ExtractJson(pdf, Full), Path.GetFileName(file));
        }

        var transcript = await File.ReadAllBytesAsync(Path.Combine(dir, "caed_transcript_338083-91.pdf"));
        var layer = PdfTextReader.Read(transcript, Early, CancellationToken.None, StayOrderExtractor.HeadTypeReader(Early)).Layer!;
        layer.Pages.Should().Be(35);
        layer.SkippedPages.Should().Equal(Enumerable.Range(3, 35 - PdfEarlyStop.HeadPages - PdfEarlyStop.TailPages), "a 35-page transcript needs its first and last pages only");
        CountExtractions(layer).Should().Be(1, "caption, type and hearing date lie on the head pages: the skipped pages are never laid out");
    }

    [Fact]
    public async Task PdfFixtures_SameJsonAsTheFullRead()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders"), "pdf-*").Order(StringComparer.Ordinal))
        {
            var pdf = await File.ReadAllBytesAsync(Path.Combine(dir, "input.pdf"));
            (await ExtractJson(pdf, Early)).Should().Be(await ExtractJson(pdf, Full), Path.GetFileName(dir));
        }
    }

    [Fact]
    public void HeadRead_UsesTheCallersOptionsAndToken()
    {
        // The head pages are read by the pipeline's readers with the caller's options (here: a reader wrapper that
        // counts) and the caller's token, not with the defaults and no token.
        var pdf = Build("transcript", 12, "plain");
        var readers = 0;
        var options = Early with { ReaderWrapper = (_, reader) => bucket => { readers++; reader(bucket); } };
        using var source = new CancellationTokenSource();
        CancellationToken seen = default;
        var heads = 0;
        var head = StayOrderExtractor.HeadTypeReader(options);
        var (layer, _) = PdfTextReader.Read(pdf, options, source.Token, (lines, token) =>
        {
            heads++;
            seen = token;
            return head(lines, token);
        });
        heads.Should().Be(1);
        seen.Should().Be(source.Token);
        readers.Should().BeGreaterThan(0);
        layer!.SkippedPages.Should().NotBeEmpty();

        source.Cancel();
        var cancelled = () => PdfTextReader.Read(pdf, options, source.Token, head);
        cancelled.Should().Throw<OperationCanceledException>();
    }

    /// <summary>How many times <see cref="PdfEarlyStop.Extract"/> runs the readers on the layer (1: the early read stands).</summary>
    private static int CountExtractions(TextLayer layer)
    {
        var calls = 0;
        PdfEarlyStop.Extract(layer, l =>
        {
            calls++;
            return StayOrderExtractor.ExtractLinesCore(l.Lines, Early, null, string.Empty);
        });
        return calls;
    }

    private static async Task<string> ExtractJson(byte[] pdf, ExtractionOptions options) =>
        StayOrderJson.Serialize(await StayOrderExtractor.ExtractAsync(new MemoryStream(pdf), "document.pdf", options));

    /// <summary>A pleading-style PDF of <paramref name="pages"/> pages (invented parties and words).</summary>
    private static byte[] Build(string kind, int pages, string variant)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(PageSize.Letter);
            var captionPage = variant == "caption-later" ? 3 : 1;
            var lines = p == captionPage ? Caption(kind) : p == 1 ? Opening(kind) : Body(kind, p, pages);
            for (var i = 0; i < lines.Count; i++)
            {
                page.AddText(lines[i], 12, new PdfPoint(72, 720 - (i * 24)), font);
            }

            var footer = variant switch
            {
                "footer-everywhere" => true,
                "footer-once-in-head" => p is 1 or 6,
                "footer-once-in-tail" => p == pages || p == 5,
                _ => false,
            };
            if (footer)
            {
                page.AddText("Certified Copy Prepared For Counsel", 10, new PdfPoint(200, 30), font);
            }

            if (variant == "open-footnote" && p == 2)
            {
                page.AddText("1 The witness later spelled the name of the vessel as", 8, new PdfPoint(72, 110), font);
            }
        }

        return builder.Build();
    }

    private static List<string> Caption(string kind) =>
    [
        "UNITED STATES DISTRICT COURT",
        "EASTERN DISTRICT OF CALIFORNIA",
        "HARBOR LANTERN FARMS, LLC,",
        "Plaintiff,",
        "v.                                   No. 2:24-cv-04321-QRS",
        "TIDEWELL SHIPPING CORPORATION,",
        "Defendant.",
        kind switch
        {
            "transcript" => "REPORTER'S TRANSCRIPT OF PROCEEDINGS",
            "verdict" => "VERDICT FORM",
            "complaint" => "COMPLAINT FOR BREACH OF CONTRACT",
            _ => "ORDER ON MOTION TO COMPEL ARBITRATION",
        },
        .. Opening(kind),
    ];

    private static List<string> Opening(string kind) => kind switch
    {
        "transcript" => ["Sacramento, California, Thursday, May 9, 2024", "THE CLERK: Calling the matter of Harbor Lantern Farms.", "THE COURT: Good morning. Please state your appearances."],
        "verdict" => ["We, the jury, answer the questions submitted to us as follows:"],
        "complaint" => ["Plaintiff alleges as follows:"],
        _ => ["The court has read the papers filed by both sides."],
    };

    private static List<string> Body(string kind, int page, int pages)
    {
        if (page == pages)
        {
            return kind switch
            {
                "transcript" => ["(The hearing concluded at 11:40 a.m.)", "I certify that the foregoing is a correct transcript", "of the record of proceedings in the above matter.", "/s/ Morgan Q. Ellery", "Official Court Reporter"],
                "verdict" => ["Please sign and date this form and tell the bailiff.", "Dated: June 4, 2024", "Foreperson of the Jury"],
                "complaint" => ["WHEREFORE, Plaintiff prays for relief as set out above.", "Respectfully submitted,", "/s/ Jordan Pike", "Attorney for Plaintiff"],
                _ => ["IT IS SO ORDERED.", "Dated: June 4, 2024", "/s/ Avery L. Brandt", "UNITED STATES MAGISTRATE JUDGE"],
            };
        }

        return kind switch
        {
            "transcript" => [$"MS. QUILLAN: Page {page}: the crate left the dock at dawn.", "THE WITNESS: That is right, the manifest said so.", "THE COURT: Go on, counsel, we have the morning."],
            "verdict" => [$"Question {page}: Did the carrier keep the cargo dry?", "Answer: Yes ______ No ______"],
            "complaint" => [$"{page + 10}. Defendant agreed to carry the crates by sea.", $"{page + 11}. Defendant failed to deliver the crates on time."],
            _ => [$"{page}. The motion is taken up in the order the parties briefed it.", "The court considers each argument in turn below."],
        };
    }
}
