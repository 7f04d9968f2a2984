using System.IO.Compression;
using System.Buffers.Binary;
using CaseStay.Extract.Tests.Support;

namespace CaseStay.Extract.Tests.Review;

/// <summary>Inputs and checks shared by the review tests.</summary>
internal static class ReviewFixtures
{
    public static string Order(string fixture, string file) => Path.Combine(TestPaths.TestData, "orders", fixture, file);

    /// <summary>An order whose caption names a party with markup in it (untrusted text must render as text).</summary>
    public const string HostileOrder = """
        2:24-cv-04321-ABC-XYZ
        03-03-2025

        <script>alert(1)</script>, Plaintiff, v. ORCHARD LOGISTICS, INC., Defendant.

        ORDER STAYING CASE PENDING ARBITRATION

        The parties agree that their dispute belongs before an arbitrator. Accordingly, IT IS HEREBY ORDERED that:

        1. This action is STAYED pending arbitration.

        2. The parties shall file a joint status report <img src=x onerror=alert(2)> within thirty (30) days of the date of this order.

        IT IS SO ORDERED.

        Dated: March 3, 2025

        /s/ Quentin R. Example
        UNITED STATES DISTRICT JUDGE
        """;

    public static string TempDir(string name) => Directory.CreateTempSubdirectory("casestay-review-" + name + "-").FullName;

    /// <summary>True when a PNG's pixels are not all one colour (the inflated scanlines hold many byte values, no value
    /// dominating).</summary>
    public static (int Distinct, double TopShare) PixelVariety(byte[] png)
    {
        using var idat = new MemoryStream();
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var counts = new long[256];
        foreach (var b in raw.GetBuffer().AsSpan(0, (int)raw.Length))
        {
            counts[b]++;
        }

        return (counts.Count(c => c > 0), counts.Max() / (double)Math.Max(1, raw.Length));
    }
}
