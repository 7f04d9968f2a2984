using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>Writes the hostile fixtures to <c>CASESTAY_HOSTILE_OUT</c> when that variable names a folder (used by
/// <c>testdata/generate_hostile_fixtures.sh</c>); otherwise checks that every fixture is generated.</summary>
public class HostileFixtureWriterTests
{
    [Fact]
    public void Fixtures_AreGenerated_AndWrittenOnRequest()
    {
        var fixtures = HostileFixtures.All();
        fixtures.Should().OnlyHaveUniqueItems(f => f.Name);
        fixtures.Should().OnlyContain(f => f.Bytes.Length > 0);
        if (Environment.GetEnvironmentVariable("CASESTAY_HOSTILE_OUT") is { Length: > 0 } folder)
        {
            HostileFixtures.WriteAll(folder).Should().HaveCount(fixtures.Count);
        }
    }
}
