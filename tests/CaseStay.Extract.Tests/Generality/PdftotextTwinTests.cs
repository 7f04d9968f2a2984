using System.Diagnostics;
using CaseStay.Extract.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace CaseStay.Extract.Tests.Generality;

/// <summary>
/// Every PDF fixture and every real E.D. Cal. PDF in ../shared/corpus/pdf, read as the PDF itself and as the text
/// that CourtListener/RECAP users get (poppler's <c>pdftotext</c> and <c>pdftotext -layout</c>), must give the same
/// case number, court, parties, judge, dated line, directive labels and stay decision. The table
/// (TestResults/pdftotext-twins.md) holds a ratchet floor per (form, field).
/// </summary>
public class PdftotextTwinTests(ITestOutputHelper output)
{
    /// <summary>Per (form/field) floors, as measured; raise with every fix, never lower.</summary>
    private static readonly Dictionary<string, double> s_floors = new(StringComparer.Ordinal)
    {
        ["pdftotext/caseNumber"] = 1.0,
        ["pdftotext/court"] = 1.0,
        ["pdftotext/plaintiffs"] = 1.0,
        ["pdftotext/defendants"] = 0.971,
        ["pdftotext/judge"] = 1.0,
        ["pdftotext/dated"] = 1.0,
        ["pdftotext/directiveLabels"] = 1.0,
        ["pdftotext/isStayOrder"] = 1.0,
        ["pdftotext-layout/caseNumber"] = 1.0,
        ["pdftotext-layout/court"] = 1.0,
        ["pdftotext-layout/plaintiffs"] = 1.0,
        ["pdftotext-layout/defendants"] = 1.0,
        ["pdftotext-layout/judge"] = 1.0,
        ["pdftotext-layout/dated"] = 1.0,
        ["pdftotext-layout/directiveLabels"] = 1.0,
        ["pdftotext-layout/isStayOrder"] = 1.0,

    };

    [SkippableFact]
    public async Task EveryPdf_AndItsPdftotextText_GiveTheSameFields()
    {
        var pdfs = Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders"))
            .SelectMany(d => Directory.GetFiles(d, "input.pdf"))
            .Select(f => ("fixture/" + Path.GetFileName(Path.GetDirectoryName(f)), f))
            .Concat(Directory.GetFiles(TestPaths.RequireShared(Path.Combine("corpus", "pdf")), "caed_*.pdf")
                .Select(f => ("real/" + Path.GetFileNameWithoutExtension(f), f)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();
        var options = ExtractionOptions.Default with { OcrMode = CaseStay.Extract.Ocr.OcrMode.Never };
        var pairs = new List<(string, string, IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>)>();
        foreach (var (id, pdf) in pdfs)
        {
            var reference = FieldAgreement.Snapshot(await StayOrderExtractor.ExtractFileAsync(pdf, options));
            foreach (var (form, args) in new[] { ("pdftotext", new[] { pdf, "-" }), ("pdftotext-layout", new[] { "-layout", pdf, "-" }) })
            {
                var text = await Pdftotext(args);
                if (string.IsNullOrWhiteSpace(text))
                {
                    // A scan without a text layer: pdftotext has nothing to give (the OCR twins are tested elsewhere).
                    continue;
                }

                pairs.Add((id, form, reference, FieldAgreement.Snapshot(StayOrderExtractor.ExtractText(text, options, id))));
            }
        }

        var cells = FieldAgreement.Compare(pairs);
        var table = FieldAgreement.Report("pdftotext-twins", "PDF against its pdftotext text", cells, s_floors);
        output.WriteLine(table);
        FieldAgreement.HoldFloors(cells, s_floors, table);
    }

    /// <summary>Runs poppler's pdftotext (a prerequisite, installed by .ci/prereqs); a missing binary fails the test.</summary>
    private static async Task<string> Pdftotext(string[] args)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"pdftotext {string.Join(' ', args)} exited {process.ExitCode}");
    }
}
