using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;

namespace CaseStay.Extract.Review;

/// <summary>Writes a record's pages as images: PDFs through <c>pdftoppm</c> (JPEG at the options' dpi), PNG and JPEG
/// inputs copied as they are (their pixel size and resolution read from the header), other images (TIFF, one PNG per
/// frame) through <see cref="StayOrderReportOptions.ImageConverter"/>.</summary>
internal static class PageImages
{
    /// <summary>The resolution an image that does not state one is taken to have (the extractor's OCR assumes the same).</summary>
    public const int FallbackImageDpi = 300;

    /// <summary>The most frames read from an image whose record does not say how many pages it has.</summary>
    private const int MaxFrames = 500;

    private static ReadOnlySpan<byte> s_pngMagic => [0x89, 0x50, 0x4E, 0x47];

    public static async Task<(IReadOnlyList<PageImage> Pages, string? Problem)> WriteAsync(string source, string kind, int pages, string folder, string prefix, StayOrderReportOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(source))
        {
            return ([], $"The source file '{source}' is not there any more; no page images.");
        }

        byte[] head;
        await using (var stream = File.OpenRead(source))
        {
            head = new byte[8];
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            head = head[..read];
        }

        if (head.AsSpan().StartsWith("%PDF"u8) || kind is SourceKinds.PdfText or SourceKinds.PdfOcr)
        {
            return await RenderPdfAsync(source, folder, prefix, options, cancellationToken).ConfigureAwait(false);
        }

        var bytes = await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false);
        var (extension, size) = bytes.AsSpan().StartsWith(s_pngMagic) ? (".png", PngSize(bytes))
            : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? (".jpg", JpegSize(bytes))
            : (string.Empty, null);
        if (size is not { } s)
        {
            return await ConvertAsync(bytes, pages, folder, prefix, options, cancellationToken).ConfigureAwait(false);
        }

        var name = prefix + "-1" + extension;
        await File.WriteAllBytesAsync(System.IO.Path.Combine(folder, name), bytes, cancellationToken).ConfigureAwait(false);
        var dpi = s.Dpi > 0 ? s.Dpi : FallbackImageDpi;
        return ([new PageImage(1, name, s.Width, s.Height, s.Width * 72.0 / dpi, s.Height * 72.0 / dpi)], null);
    }

    /// <summary>Converts an image a browser cannot show, frame by frame, to PNG pages (<c>prefix-N.png</c>). The record's
    /// page count says how many frames to expect; when it is unknown the frames are read until one is missing.</summary>
    private static async Task<(IReadOnlyList<PageImage>, string?)> ConvertAsync(byte[] bytes, int pages, string folder, string prefix, StayOrderReportOptions options, CancellationToken cancellationToken)
    {
        if (options.ImageConverter is not { } converter)
        {
            return ([], "This image format is not shown by browsers (e.g. TIFF) and no image converter is set (StayOrderReportOptions.ImageConverter, e.g. CaseStay.Extract.Ocr's LeptonicaImageConverter); the fields are listed without the page.");
        }

        var images = new List<PageImage>();
        var limit = pages > 0 ? pages : MaxFrames;
        for (var frame = 0; frame < limit; frame++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var png = converter.ConvertToPng(bytes, frame, cancellationToken);
            if (png is null || PngSize(png) is not { } s)
            {
                if (pages > 0 || frame == 0)
                {
                    return (images, $"Page {(frame + 1).ToString(CultureInfo.InvariantCulture)} of the image could not be converted to PNG ({converter.GetType().Name}); "
                        + (frame == 0 ? "the fields are listed without the page." : "the pages before it are shown."));
                }

                break;
            }

            var name = prefix + "-" + (frame + 1).ToString(CultureInfo.InvariantCulture) + ".png";
            await File.WriteAllBytesAsync(System.IO.Path.Combine(folder, name), png, cancellationToken).ConfigureAwait(false);
            var dpi = s.Dpi > 0 ? s.Dpi : FallbackImageDpi;
            images.Add(new PageImage(frame + 1, name, s.Width, s.Height, s.Width * 72.0 / dpi, s.Height * 72.0 / dpi));
        }

        return (images, null);
    }

    /// <summary>Renders many PDFs with one <c>pdfunite</c> and one <c>pdftoppm</c> per batch (one batch per parallel
    /// worker), so Poppler's start-up is paid once per batch instead of once per file; the merged pages are renamed back
    /// to each file's prefix. A batch that fails, or whose page count differs from the records', is left out of the
    /// answer, and those files are rendered one by one.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<PageImage>>> RenderBatchesAsync(
        IReadOnlyList<(int Index, string Source, string Prefix, int Pages)> items, string folder, StayOrderReportOptions options, CancellationToken cancellationToken)
    {
        var done = new System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<PageImage>>();
        if (items.Count < 2 || items.Any(i => i.Pages < 1))
        {
            return done;
        }

        // A file with a turned or offset page is rendered on its own (its pages get their rotation there).
        items = items.Where(i => IsPlainlyUpright(i.Source)).ToArray();
        if (items.Count < 2)
        {
            return done;
        }

        var size = (items.Count + options.MaxParallelism - 1) / options.MaxParallelism;
        var batches = items.Chunk(Math.Max(2, size)).Select((b, k) => (Items: b, Number: k)).ToArray();
        var pdfunite = System.IO.Path.GetDirectoryName(options.PdftoppmPath) is { Length: > 0 } dir ? System.IO.Path.Combine(dir, "pdfunite") : "pdfunite";
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            var stem = System.IO.Path.Combine(folder, ".batch-" + batch.Number.ToString(CultureInfo.InvariantCulture));
            var merged = stem + ".pdf";
            try
            {
                if (batch.Items.Length == 1
                    || await RunAsync(pdfunite, [.. batch.Items.Select(i => System.IO.Path.GetFullPath(i.Source)), merged], ct).ConfigureAwait(false) is not null
                    || await RunAsync(options.PdftoppmPath, ["-r", options.Dpi.ToString(CultureInfo.InvariantCulture), "-jpeg", "-jpegopt", "quality=90", merged, stem], ct).ConfigureAwait(false) is not null)
                {
                    return;
                }

                var rendered = Numbered(folder, System.IO.Path.GetFileName(stem)).ToArray();
                if (rendered.Length != batch.Items.Sum(i => i.Pages))
                {
                    return;
                }

                var at = 0;
                foreach (var item in batch.Items)
                {
                    var pages = new List<PageImage>(item.Pages);
                    for (var page = 1; page <= item.Pages; page++, at++)
                    {
                        var name = item.Prefix + "-" + page.ToString(CultureInfo.InvariantCulture) + ".jpg";
                        File.Move(rendered[at].Path, System.IO.Path.Combine(folder, name), overwrite: true);
                        var bytes = await File.ReadAllBytesAsync(System.IO.Path.Combine(folder, name), ct).ConfigureAwait(false);
                        if (JpegSize(bytes) is { } s)
                        {
                            pages.Add(new PageImage(page, name, s.Width, s.Height, s.Width * 72.0 / options.Dpi, s.Height * 72.0 / options.Dpi));
                        }
                    }

                    if (pages.Count == item.Pages)
                    {
                        done[item.Index] = pages;
                    }
                }
            }
            finally
            {
                File.Delete(merged);
                foreach (var left in Numbered(folder, System.IO.Path.GetFileName(stem)))
                {
                    File.Delete(left.Path);
                }
            }
        }).ConfigureAwait(false);
        return done;
    }

    /// <summary>True when the file's bytes show every page upright at origin 0 (see <see cref="PdfPageGeometry"/>).</summary>
    private static bool IsPlainlyUpright(string path)
    {
        try
        {
            return PdfPageGeometry.IsPlainlyUpright(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The JPEGs pdftoppm wrote for a prefix, in page order.</summary>
    private static IEnumerable<(int Page, string Path)> Numbered(string folder, string prefix) =>
        Directory.EnumerateFiles(folder, prefix + "-*.jpg")
            .Select(f => (Name: System.IO.Path.GetFileName(f), Path: f))
            .Select(f => (Ok: int.TryParse(f.Name.AsSpan(prefix.Length + 1, f.Name.Length - prefix.Length - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var n), Page: n, f.Path))
            .Where(f => f.Ok)
            .OrderBy(f => f.Page)
            .Select(f => (f.Page, f.Path));

    /// <summary>Runs a tool; null when it exited with 0, else why not.</summary>
    private static async Task<string?> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return tool + " did not start";
            }

            using var kill = cancellationToken.Register(() =>
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already exited.
                }
            });
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var error = (await stderr.ConfigureAwait(false)).Trim();
            _ = await stdout.ConfigureAwait(false);
            return process.ExitCode == 0 ? null : $"{tool} failed (exit {process.ExitCode}): {error}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{tool} could not be run ({e.Message})";
        }
    }

    private static async Task<(IReadOnlyList<PageImage>, string?)> RenderPdfAsync(string source, string folder, string prefix, StayOrderReportOptions options, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(options.PdftoppmPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-r", options.Dpi.ToString(CultureInfo.InvariantCulture), "-jpeg", "-jpegopt", "quality=90", System.IO.Path.GetFullPath(source), System.IO.Path.Combine(folder, prefix) })
        {
            info.ArgumentList.Add(argument);
        }

        string error;
        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return ([], $"{options.PdftoppmPath} did not start; no page images.");
            }

            using var kill = cancellationToken.Register(() =>
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already exited.
                }
            });
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            error = (await stderr.ConfigureAwait(false)).Trim();
            _ = await stdout.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                return ([], $"{options.PdftoppmPath} failed (exit {process.ExitCode}): {error}");
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return ([], $"{options.PdftoppmPath} could not be run ({e.Message}); install poppler-utils for page images.");
        }

        // pdftoppm names pages prefix-1.jpg or prefix-01.jpg (zero-padded to the page count's digits). JPEG, not PNG:
        // Poppler's PNG encoder costs about 15 times the CPU of its JPEG encoder, and at quality 90 the text stays crisp.
        var pages = new List<PageImage>();
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "-*.jpg"))
        {
            var name = System.IO.Path.GetFileName(file);
            if (!int.TryParse(name.AsSpan(prefix.Length + 1, name.Length - prefix.Length - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            if (JpegSize(bytes) is { } s)
            {
                pages.Add(new PageImage(page, name, s.Width, s.Height, s.Width * 72.0 / options.Dpi, s.Height * 72.0 / options.Dpi));
            }
        }

        pages.Sort((a, b) => a.Page.CompareTo(b.Page));
        if (pages.Count > 0 && PdfPageGeometry.Read(await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false)) is { } geometry)
        {
            pages = pages.Select(p => p.Page - 1 < geometry.Count && geometry[p.Page - 1] is var (rotation, x, y) ? p with { Rotation = rotation, OriginX = x, OriginY = y } : p).ToList();
        }

        return (pages, pages.Count == 0 ? "pdftoppm wrote no page: " + error : null);
    }

    /// <summary>Width, height and dpi (0 when not stated) of a PNG.</summary>
    internal static (int Width, int Height, int Dpi)? PngSize(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 24 || !bytes.StartsWith(s_pngMagic))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes[16..]);
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes[20..]);
        var dpi = 0;
        var at = 8;
        while (at + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes[at..]);
            if (length < 0 || at + 12L + length > bytes.Length)
            {
                break;
            }

            var type = bytes.Slice(at + 4, 4);
            if (type.SequenceEqual("pHYs"u8) && length >= 9 && bytes[at + 16] == 1)
            {
                dpi = (int)Math.Round(BinaryPrimitives.ReadUInt32BigEndian(bytes[(at + 8)..]) * 0.0254);
            }

            if (type.SequenceEqual("IDAT"u8))
            {
                break;
            }

            at += 12 + length;
        }

        return width > 0 && height > 0 ? (width, height, dpi) : null;
    }

    /// <summary>Width, height and dpi (0 when not stated) of a JPEG (JFIF density, start-of-frame size).</summary>
    internal static (int Width, int Height, int Dpi)? JpegSize(ReadOnlySpan<byte> bytes)
    {
        var dpi = 0;
        var at = 2;
        while (at + 4 <= bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (marker == 0xE0 && at + 16 <= bytes.Length && bytes.Slice(at + 4, 5).SequenceEqual("JFIF\0"u8))
            {
                var units = bytes[at + 11];
                var density = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 12)..]);
                dpi = units == 1 ? density : units == 2 ? (int)Math.Round(density * 2.54) : 0;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && at + 9 <= bytes.Length)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]);
                return width > 0 && height > 0 ? (width, height, dpi) : null;
            }

            at += 2 + length;
        }

        return null;
    }
}
