namespace CaseStay.Extract.Text;

/// <summary>
/// The flow being built with its map back to the input: two arrays that grow together (a string builder and a list
/// of offsets cost a copy each at the end and a check per character).
/// </summary>
internal struct FlowBuffer
{
    /// <summary>Creates a buffer for about <paramref name="capacity"/> characters.</summary>
    /// <param name="capacity">The expected length.</param>
    public FlowBuffer(int capacity)
    {
        Chars = new char[Math.Max(16, capacity)];
        Map = new int[Chars.Length];
    }

    /// <summary>The characters (the first <see cref="Length"/> are the flow).</summary>
    public char[] Chars { get; private set; }

    /// <summary>The input offset of every character.</summary>
    public int[] Map { get; private set; }

    /// <summary>How many characters are written; setting it lower drops the last ones.</summary>
    public int Length { get; set; }

    /// <summary>Appends a character and its input offset.</summary>
    /// <param name="c">The character.</param>
    /// <param name="offset">Its input offset.</param>
    public void Append(char c, int offset)
    {
        if (Length == Chars.Length)
        {
            var chars = Chars;
            var map = Map;
            Array.Resize(ref chars, chars.Length * 2);
            Array.Resize(ref map, map.Length * 2);
            (Chars, Map) = (chars, map);
        }

        Chars[Length] = c;
        Map[Length++] = offset;
    }
}
