using CaseStay.Extract.Regions;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Signer;

/// <summary>Where the signature block starts and ends, on synthetic flows.</summary>
public class SignatureBlockTests
{
    [Theory]
    // The block starts at the closing, or at a dated line printed just before it.
    [InlineData("The action is stayed.\nIT IS SO ORDERED.\nDated: May 2, 2023\nJUDGE", "IT IS SO ORDERED.")]
    [InlineData("The action is stayed.\nSo ordered.\nDated: May 2, 2023", "So ordered.")]
    [InlineData("The action is stayed.\nDated: May 2, 2023\nIT IS SO ORDERED.\nJUDGE", "Dated: May 2, 2023")]
    [InlineData("The action is stayed until further order.\nDATED: May 2, 2023\nJUDGE", "DATED: May 2, 2023")]
    [InlineData("The action is stayed.\nit is so ordered.\nJUDGE", "it is so ordered.")]
    public void Start(string flow, string startsWith)
    {
        var block = SignatureBlock.Find(flow)!;
        flow[block.Start..].Should().StartWith(startsWith);
    }

    [Fact]
    public void FarApart_TheLaterOneStarts()
    {
        var flow = "IT IS SO ORDERED.\n" + new string('x', 900) + "\nDated: May 2, 2023\nJUDGE";
        var block = SignatureBlock.Find(flow)!;
        flow[block.Start..].Should().StartWith("Dated: May 2, 2023");
        block.End.Should().Be(flow.Length);
    }

    [Fact]
    public void SiteMetadata_EndsTheBlock()
    {
        const string flow = "IT IS SO ORDERED.\nDated: May 2, 2023\nJUDGE\nDocument Info\nFiled Date: 5/2/2023";
        var block = SignatureBlock.Find(flow)!;
        flow[block.Start..block.End].Should().NotContain("Filed Date");
    }

    [Theory]
    [InlineData("The action is stayed pending arbitration.")]
    [InlineData("JANE ROE, TRUSTEE OF THE ROE TRUST DATED MARCH 2, 2004, Defendant.")]
    [InlineData("Filed Date: 5/2/2023\nModified Date: 5/3/2023")]
    public void NoClosingNorDatedLine_NoBlock(string flow) => SignatureBlock.Find(flow).Should().BeNull();
}
