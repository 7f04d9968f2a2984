namespace CaseStay.Extract.Sources;

/// <summary>What a file's first bytes say it is (see <see cref="FormatSniffer"/>).</summary>
internal enum SniffedFormat
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary><c>%PDF-</c> in the first kilobyte.</summary>
    Pdf,

    /// <summary>The PNG signature.</summary>
    Png,

    /// <summary>The JPEG start-of-image marker.</summary>
    Jpeg,

    /// <summary>A little- or big-endian TIFF header.</summary>
    Tiff,

    /// <summary>UTF-8 text (with or without a byte-order mark), or single-byte text that is not valid UTF-8.</summary>
    Text,

    /// <summary>UTF-16 text, little-endian (with or without a byte-order mark).</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 text, big-endian (with or without a byte-order mark).</summary>
    Utf16BigEndian,

    /// <summary>Anything else: a ZIP (.docx), GIF, an executable, random bytes.</summary>
    Unsupported,
}
