using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using PublicApiGenerator;
using Xunit;

namespace CaseStay.Extract.Tests.PublicApi;

/// <summary>The public API of each package, snapshotted: a change shows up as a diff to review
/// (CASESTAY_UPDATE_GOLDEN=1 rewrites the snapshot).</summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("CaseStay.Extract")]
    [InlineData("CaseStay.Extract.Ocr")]
    public void PublicApi_MatchesSnapshot(string assemblyName)
    {
        var assembly = assemblyName == "CaseStay.Extract" ? typeof(StayOrder).Assembly : typeof(CaseStay.Extract.Ocr.TesseractOcrProvider).Assembly;
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "CaseStay.Extract.Tests", "PublicApi", assemblyName + ".verified.txt");
        if (Environment.GetEnvironmentVariable("CASESTAY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, api);
        }

        File.Exists(path).Should().BeTrue(path);
        api.Should().Be(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), "the public API changed: review and update the snapshot");
    }
}
