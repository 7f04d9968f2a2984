namespace CaseStay.Extract.Readers.Deadlines;

/// <summary>A stretch of the flow with white space collapsed and asides (footnotes, stamps) left out, mapped back to the flow.</summary>
internal sealed class TextSegment
{
    private readonly int[] _flowIndex;
    private readonly int _count;

    private TextSegment(string text, int[] flowIndex, int count)
    {
        Text = text;
        _flowIndex = flowIndex;
        _count = count;
    }

    public string Text { get; }

    /// <summary>The flow offset of <see cref="Text"/>[i] (i may be Text.Length: one past the last).</summary>
    public int FlowIndex(int i) => i >= _count ? (_count == 0 ? 0 : _flowIndex[_count - 1] + 1) : _flowIndex[i];

    public static TextSegment From(string flow, int start, int end, bool[] aside)
    {
        // Arrays of the stretch's length (the segment is never longer): no builder chunks, no copy of the map.
        var buffer = new char[Math.Max(0, end - start)];
        var map = new int[buffer.Length];
        var n = 0;
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
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[n] = ' ';
                map[n++] = i - 1;
                pendingSpace = false;
            }

            buffer[n] = c;
            map[n++] = i;
        }

        return new TextSegment(new string(buffer, 0, n), map, n);
    }
}
