using System.Globalization;
using System.Text;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>A minimal PDF writer for hostile fixtures: numbered objects (some streams), a correct cross-reference
/// table and trailer, Latin-1 bytes. Objects may refer to objects not yet written (reserve a number first).</summary>
public sealed class HostilePdfWriter
{
    private readonly List<byte[]?> _objects = [];

    /// <summary>Reserves the next object number.</summary>
    public int Reserve()
    {
        _objects.Add(null);
        return _objects.Count;
    }

    /// <summary>Sets object <paramref name="number"/> to <paramref name="body"/> (the text between <c>obj</c> and <c>endobj</c>).</summary>
    public void Set(int number, string body) => _objects[number - 1] = Encoding.Latin1.GetBytes(body);

    /// <summary>Sets object <paramref name="number"/> to a stream with extra dictionary entries and data.</summary>
    public void SetStream(int number, string dictionaryEntries, byte[] data)
    {
        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        var tail = "\nendstream"u8.ToArray();
        _objects[number - 1] = [.. head, .. data, .. tail];
    }

    /// <summary>Adds an object and returns its number.</summary>
    public int Add(string body)
    {
        var n = Reserve();
        Set(n, body);
        return n;
    }

    /// <summary>Adds a stream and returns its number.</summary>
    public int AddStream(string dictionaryEntries, string data)
    {
        var n = Reserve();
        SetStream(n, dictionaryEntries, Encoding.Latin1.GetBytes(data));
        return n;
    }

    /// <summary>The file, with <paramref name="root"/> as the catalog.</summary>
    public byte[] Build(int root)
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets[i] = output.Position;
            Write($"{(i + 1).ToString(CultureInfo.InvariantCulture)} 0 obj\n");
            output.Write(_objects[i] ?? "null"u8.ToArray());
            Write("\nendobj\n");
        }

        var xref = output.Position;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(sb.ToString());
        return output.ToArray();
    }
}
