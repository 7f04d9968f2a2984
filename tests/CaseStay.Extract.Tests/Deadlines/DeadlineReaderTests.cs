using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>
/// The deadlines reader through <see cref="ReaderTestBase"/>: rows of (operative text of an invented order, whether a
/// dated line is printed, due dates, warning codes the reader adds). A deadline counted from an order's date that the
/// text does not print gets no due date and a warning, never a guessed one.
/// </summary>
public class DeadlineReaderTests : ReaderTestBase
{
    private const string Head = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nORDER STAYING CASE\n\nIT IS HEREBY ORDERED that this action is STAYED pending arbitration. ";

    /// <inheritdoc/>
    protected override string ReaderName => "deadlines";

    /// <summary>(name, operative sentence, dated line or empty, due dates, warning codes).</summary>
    public static TheoryData<string, string, string, string, string> Rows => new()
    {
        { "days from the order's date", "The parties shall file a joint status report within 30 days of the date of this order.", "Dated: March 4, 2025", "2025-04-03", "" },
        { "a period ending on a Saturday runs to Monday", "The parties shall file a joint status report within 4 days of the date of this order.", "Dated: March 4, 2025", "2025-03-10", "" },
        { "a printed calendar date", "The parties shall file a joint status report no later than June 2, 2025.", "Dated: March 4, 2025", "2025-06-02", "" },
        { "no dated line: no due date, a warning", "The parties shall file a joint status report within 30 days of the date of this order.", "", "-", WarningCodes.DeadlineWithoutDate },
        { "no deadline at all", "The clerk shall administratively close the file.", "Dated: March 4, 2025", "", "" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rows_GiveTheDueDates_AndTheWarnings(string name, string sentence, string dated, string due, string codes)
    {
        var run = RunReader(Head + sentence + "\nIT IS SO ORDERED.\n" + dated + "\n");
        run.ReadersRun[^1].Should().Be("deadlines");
        run.ReadersRun.Should().Contain(["dated", "stay"], "the deadlines reader needs the dated line and the document type");
        run.ReadersRun.Should().NotContain(["judge", "references"]);
        string.Join(",", run.Order.Deadlines.Select(d => d.Due?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-")).Should().Be(due, name);
        string.Join(",", run.WarningCodes).Should().Be(codes, name);
    }
}
