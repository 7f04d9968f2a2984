using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Pipeline;

/// <summary>
/// Issue 10/12, cancellation inside the text stage: the token is observed before every reader and inside the long
/// loops (flow, caption tokenizer, deadline scan). Proved with counted work — which readers ran, which reader saw the
/// cancellation from inside — never with a clock.
/// </summary>
public class CancellationTests
{
    /// <summary>A synthetic order in our own words, with a caption, an operative part and a deadline.</summary>
    private const string Order =
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nTHADDEUS QUILLFEATHER,\nPlaintiff,\nv.\nMARROWBY SHIPPING LLC,\nDefendant.\n\n"
        + "No. 1:24-cv-00777-ABC-DEF\n\nORDER STAYING CASE PENDING ARBITRATION\n\n"
        + "The parties agreed to arbitrate. IT IS HEREBY ORDERED that:\n"
        + "1. This action is STAYED pending arbitration.\n"
        + "2. The parties shall file a joint status report within 60 days of this order.\n\n"
        + "IT IS SO ORDERED.\n\nDated: April 7, 2025\n\n/s/ Wilhelmina T. Crowhurst\nUNITED STATES DISTRICT JUDGE\n";

    /// <summary>The readers in pipeline order, as far as this order reaches them.</summary>
    private static List<string> ReadersRun(CancellationTokenSource? cancelAfter = null, int after = int.MaxValue)
    {
        var ran = new List<string>();
        var options = ExtractionOptions.Default with
        {
            ReaderWrapper = (name, run) => bucket =>
            {
                ran.Add(name);
                run(bucket);
                if (ran.Count == after)
                {
                    cancelAfter!.Cancel();
                }
            },
        };
        StayOrderExtractor.ExtractText(Order, options, null, cancelAfter?.Token ?? CancellationToken.None);
        return ran;
    }

    [Fact]
    public void APreCancelledToken_RunsNoReader_AndAnswersCancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var ran = new List<string>();
        var options = ExtractionOptions.Default with { ReaderWrapper = (name, run) => bucket => { ran.Add(name); run(bucket); } };

        var result = StayOrderExtractor.ExtractText(Order, options, "order.txt", cts.Token);

        result.Error!.Code.Should().Be(ErrorCodes.Cancelled);
        result.Order.Should().BeNull();
        result.Source.Path.Should().Be("order.txt");
        ran.Should().BeEmpty();
    }

    [Fact]
    public void CancelledAfterTheNthReader_NoFurtherReaderRuns()
    {
        var all = ReadersRun();
        all.Should().HaveCountGreaterThan(8, "every reader runs when nothing cancels");
        for (var n = 1; n < all.Count; n++)
        {
            using var cts = new CancellationTokenSource();
            ReadersRun(cts, n).Should().Equal(all.Take(n), $"cancelled after reader {n} ({all[n - 1]})");
        }
    }

    [Theory]
    [InlineData("caption")]
    [InlineData("deadlines")]
    public void ALongLoop_ObservesTheTokenFromInsideTheReader(string reader)
    {
        using var cts = new CancellationTokenSource();
        var observedInside = false;
        var options = ExtractionOptions.Default with
        {
            ReaderWrapper = (name, run) => name != reader ? run : bucket =>
            {
                cts.Cancel(); // after the pipeline's check before this reader: only the reader's own loop can see it
                try
                {
                    run(bucket);
                }
                catch (OperationCanceledException)
                {
                    observedInside = true;
                    throw;
                }
            },
        };

        var result = StayOrderExtractor.ExtractText(Order, options, null, cts.Token);

        observedInside.Should().BeTrue($"the {reader} reader checks the token inside its loop");
        result.Error!.Code.Should().Be(ErrorCodes.Cancelled);
    }

    [Fact]
    public void TheFlow_ObservesTheToken()
    {
        var (lines, pages, _) = Extract.Layout.LineAssembler.Assemble(Order);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var build = () => Extract.Text.NormalizedDocument.Build(Order, lines, pages, cts.Token);

        build.Should().Throw<OperationCanceledException>();
        Extract.Text.NormalizedDocument.Build(Order, lines, pages, CancellationToken.None).Flow.Should().NotBeEmpty();
    }

    [Fact]
    public async Task AStreamOfText_CancelledBeforehand_AnswersCancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Order));

        var result = await StayOrderExtractor.ExtractAsync(stream, "order.txt", null, cts.Token);

        result.Error!.Code.Should().Be(ErrorCodes.Cancelled);
    }
}
