using System.Text;

namespace CaseStay.Extract.Deadlines;

/// <summary>A stretch of the flow with white space collapsed and asides (footnotes, stamps) left out, mapped back to the flow.</summary>
internal sealed class TextSegment
{
    private readonly int[] _flowIndex;

    private TextSegment(string text, int[] flowIndex)
    {
        Text = text;
        _flowIndex = flowIndex;
    }

    public string Text { get; }

    /// <summary>The flow offset of <see cref="Text"/>[i] (i may be Text.Length: one past the last).</summary>
    public int FlowIndex(int i) => i >= _flowIndex.Length ? (_flowIndex.Length == 0 ? 0 : _flowIndex[^1] + 1) : _flowIndex[i];

    public static TextSegment From(string flow, int start, int end, bool[] aside)
    {
        var sb = new StringBuilder(end - start);
        var map = new List<int>(end - start);
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            if (aside[i])
            {
                continue;
            }

            var c = flow[i];
            if (c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹'))
            {
                // A footnote marker is not part of the sentence ("administrator.¹ 5." ends at the period).
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                map.Add(i - 1);
                pendingSpace = false;
            }

            sb.Append(c);
            map.Add(i);
        }

        return new TextSegment(sb.ToString(), map.ToArray());
    }
}
