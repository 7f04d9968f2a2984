using System.Globalization;

namespace CaseStay.Extract.Pdf;

/// <summary>
/// Checks a PDF's object graph before PdfPig walks it. PdfPig 0.1.16 follows page trees, Form XObjects and nested
/// dictionaries by recursion, so a hostile file can overflow the stack (which kills the process, not just the
/// file) or make it allocate gigabytes. The guard scans the raw bytes once (<see cref="PdfGuardScanner"/>), then
/// walks the graph with explicit stacks and refuses, with a typed error:
/// <list type="bullet">
/// <item><c>pdf-corrupt</c>: a page tree that loops or lists one node twice, or deeper than
/// <see cref="MaxPageTreeDepth"/>; Form XObjects that draw each other, or nest deeper than
/// <see cref="MaxFormDepth"/>; a reference cycle among the objects a page's resources reach (through arrays and
/// dictionaries too; <c>/Parent</c>, <c>/P</c> and nested <c>/Resources</c> back-links excepted).</item>
/// <item><c>too-large</c>: more pages than <see cref="ExtractionOptions.MaxPages"/> (counting every listing of a
/// page), an image over <see cref="ExtractionOptions.MaxImagePixels"/>, pages × image pixels over
/// <see cref="ExtractionOptions.MaxTotalPixels"/>, or a stream that inflates past
/// <see cref="PdfGuardScanner.MaxDecodedStreamBytes"/>.</item>
/// </list>
/// Linear in the file's size (each object and edge is visited a bounded number of times).
/// </summary>
internal static class PdfGuard
{
    /// <summary>Nesting of Form XObjects (a form drawing a form …) beyond which a file is refused.</summary>
    public const int MaxFormDepth = 32;

    /// <summary>Depth of the page tree beyond which a file is refused.</summary>
    public const int MaxPageTreeDepth = 64;

    /// <summary>The error for a PDF that must not reach PdfPig, or null when it may be read.</summary>
    public static ExtractionError? Check(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken) =>
        Check(bytes, options, cancellationToken, out _);

    /// <summary>As <see cref="Check(byte[], ExtractionOptions, CancellationToken)"/>, also giving the units of work the
    /// checks did after scanning (see <see cref="PdfGuardDocument.Steps"/>).</summary>
    public static ExtractionError? Check(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken, out long steps)
    {
        steps = 0;
        try
        {
            return CheckCore(bytes, options, cancellationToken, ref steps);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A defect in the guard must not cost a good file its record: PdfPig decides (as before the guard).
            return null;
        }
    }

    private static ExtractionError? CheckCore(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken, ref long steps)
    {
        var document = PdfGuardScanner.Scan(bytes, cancellationToken);
        try
        {
            return CheckDocument(document, options, cancellationToken);
        }
        finally
        {
            steps = document.Steps;
        }
    }

    private static ExtractionError? CheckDocument(PdfGuardDocument document, ExtractionOptions options, CancellationToken cancellationToken)
    {
        if (document.DecodeBudgetExceeded)
        {
            return TooLarge($"an object stream inflates past {PdfGuardScanner.MaxDecodedStreamBytes / (1024 * 1024)} MiB (a decompression bomb)");
        }

        var root = FindRoot(document);
        if (root is null)
        {
            return null; // Nothing to walk: PdfPig reports the damage in its own words.
        }

        var walk = WalkPageTree(document, root, options);
        if (walk.Error is not null)
        {
            return walk.Error;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return CheckResources(document, walk.Pages, options, cancellationToken);
    }

    private static ExtractionError Corrupt(string why) =>
        new(ErrorCodes.PdfCorrupt, $"The PDF is refused before parsing: {why}. (A parser would recurse without end or run out of stack.)");

    private static ExtractionError TooLarge(string why) =>
        new(ErrorCodes.TooLarge, $"The PDF is refused before parsing: {why}.");

    private static PdfGuardValue? FindRoot(PdfGuardDocument document)
    {
        for (var i = document.Trailers.Count - 1; i >= 0; i--)
        {
            if (document.Resolve(document.Trailers[i]["Root"]) is { Kind: PdfGuardValueKind.Dictionary } root)
            {
                return root;
            }
        }

        return document.Objects.Values.Select(o => o.Value).LastOrDefault(v => v["Type"]?.IsName("Catalog") == true);
    }

    private sealed record PageTree(List<(PdfGuardValue Page, PdfGuardValue? Resources, int Listings)> Pages, ExtractionError? Error);

    /// <summary>Walks the page tree with an explicit stack: counts every listing of a page, refuses loops, nodes
    /// listed twice and depth, and collects each distinct page with its (inherited) resources.</summary>
    private static PageTree WalkPageTree(PdfGuardDocument document, PdfGuardValue root, ExtractionOptions options)
    {
        var pages = new List<(PdfGuardValue Page, PdfGuardValue? Resources, int Listings)>();
        var pageIndex = new Dictionary<long, int>();
        var nodes = new HashSet<long>();
        var stack = new Stack<(PdfGuardValue Node, int Depth, PdfGuardValue? Resources)>();
        if (root["Pages"] is { } top)
        {
            stack.Push((top, 0, null));
        }

        long listings = 0;
        while (stack.Count > 0)
        {
            var (node, depth, inherited) = stack.Pop();
            document.Step();
            var target = document.Target(node);
            var dictionary = document.Resolve(node);
            if (dictionary is not { Kind: PdfGuardValueKind.Dictionary })
            {
                continue;
            }

            var resources = dictionary["Resources"] ?? inherited;
            var kids = document.Resolve(dictionary["Kids"]);
            var isLeaf = dictionary["Type"]?.IsName("Page") == true || kids is not { Kind: PdfGuardValueKind.Array };
            if (isLeaf)
            {
                if (++listings > options.MaxPages)
                {
                    return new PageTree(pages, TooLarge($"its page tree lists more than {options.MaxPages.ToString(CultureInfo.InvariantCulture)} pages (ExtractionOptions.MaxPages)"));
                }

                if (target is null)
                {
                    pages.Add((dictionary, resources, 1));
                }
                else if (pageIndex.TryGetValue(target.Number, out var at))
                {
                    pages[at] = pages[at] with { Listings = pages[at].Listings + 1 };
                }
                else
                {
                    pageIndex[target.Number] = pages.Count;
                    pages.Add((dictionary, resources, 1));
                }

                continue;
            }

            if (target is not null && !nodes.Add(target.Number))
            {
                return new PageTree(pages, Corrupt($"its page tree reaches node {target.Number.ToString(CultureInfo.InvariantCulture)} twice (a loop)"));
            }

            if (depth >= MaxPageTreeDepth)
            {
                return new PageTree(pages, Corrupt($"its page tree is more than {MaxPageTreeDepth} levels deep"));
            }

            for (var i = kids!.Items.Count - 1; i >= 0; i--)
            {
                stack.Push((kids.Items[i], depth + 1, resources));
            }
        }

        return new PageTree(pages, null);
    }

    private static ExtractionError? CheckResources(PdfGuardDocument document, List<(PdfGuardValue Page, PdfGuardValue? Resources, int Listings)> pages, ExtractionOptions options, CancellationToken cancellationToken)
    {
        // Forms found so far, with the resources their names resolve in (their own, else the drawing context's).
        var forms = new Dictionary<long, PdfGuardValue?>();
        var formOrder = new List<long>();
        var cycles = new ReferenceCycles(document);
        var images = new Dictionary<long, (ExtractionError? Error, double Pixels)>();
        double totalPixels = 0;
        foreach (var (page, resources, listings) in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cycles.Find(resources) is { } loop)
            {
                return Corrupt(loop);
            }

            if (ContentBomb(document, page, options) is { } bomb)
            {
                return bomb;
            }

            var largest = 0.0;
            foreach (var target in XObjects(document, resources))
            {
                if (ImageError(target, options, images, out var pixels) is { } error)
                {
                    return error;
                }

                largest = Math.Max(largest, pixels);
                if (IsForm(target) && !forms.ContainsKey(target.Number))
                {
                    forms[target.Number] = target.Value["Resources"] ?? resources;
                    formOrder.Add(target.Number);
                }
            }

            totalPixels += largest * listings;
            if (totalPixels > options.MaxTotalPixels)
            {
                return TooLarge($"its page images hold more than {options.MaxTotalPixels.ToString(CultureInfo.InvariantCulture)} pixels in all (ExtractionOptions.MaxTotalPixels)");
            }
        }

        // The form graph: F → G when G is an XObject of F's resources that F's content draws (all of them when the
        // content cannot be decoded). Explicit-stack depth-first search: a grey target is a cycle; depth is the
        // longest chain.
        var edges = new Dictionary<long, List<long>>();
        var scopeNodes = new Dictionary<PdfGuardValue, long>(ReferenceEqualityComparer.Instance);
        var nextScope = -1L;
        for (var i = 0; i < formOrder.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = formOrder[i];
            var form = document.Objects[number];
            var scope = forms[number];
            if (cycles.Find(form.Value["Resources"]) is { } loop)
            {
                return Corrupt(loop);
            }

            var drawn = DrawnNames(form, out var tooLarge);
            if (tooLarge)
            {
                return TooLarge($"the content of form {number.ToString(CultureInfo.InvariantCulture)} inflates past {PdfGuardScanner.MaxDecodedStreamBytes / (1024 * 1024)} MiB (a decompression bomb)");
            }

            // Content that draws by name: one edge per name it draws. Content that cannot be decoded may draw
            // anything in its scope: one edge to a node standing for the scope, whose edges are built once, so forms
            // sharing a large scope stay linear.
            var list = new List<long>();
            var xobjects = document.Resolve(document.Resolve(scope)?["XObject"]);
            IEnumerable<PdfGuardObject> targets;
            if (drawn is not null)
            {
                targets = drawn.Select(name => document.Target(xobjects?[name])).OfType<PdfGuardObject>().ToList();
            }
            else if (xobjects is not null && scopeNodes.TryGetValue(xobjects, out var known))
            {
                edges[number] = [known];
                continue;
            }
            else
            {
                targets = NamedXObjects(document, scope).Select(x => x.Target).ToList();
                if (xobjects is not null)
                {
                    var node = nextScope--;
                    scopeNodes[xobjects] = node;
                    edges[number] = [node];
                    list = edges[node] = [];
                }
            }

            foreach (var target in targets)
            {
                document.Step();
                if (ImageError(target, options, images, out _) is { } error)
                {
                    return error;
                }

                if (!IsForm(target))
                {
                    continue;
                }

                list.Add(target.Number);
                if (!forms.ContainsKey(target.Number))
                {
                    forms[target.Number] = target.Value["Resources"] ?? scope;
                    formOrder.Add(target.Number);
                }
            }

            edges.TryAdd(number, list);
        }

        return FormGraphError(document, edges, formOrder);
    }

    private static ExtractionError? FormGraphError(PdfGuardDocument document, Dictionary<long, List<long>> edges, List<long> formOrder)
    {
        var state = new Dictionary<long, int>(); // 1 = on the stack (grey), 2 = done (black)
        var depth = new Dictionary<long, int>();
        foreach (var start in formOrder)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(long Node, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                document.Step();
                var children = edges.GetValueOrDefault(node) ?? [];
                if (next < children.Count)
                {
                    stack.Push((node, next + 1));
                    var child = children[next];
                    switch (state.GetValueOrDefault(child))
                    {
                        case 1:
                            return Corrupt($"Form XObjects draw each other (a cycle through object {Math.Max(node, child).ToString(CultureInfo.InvariantCulture)})");
                        case 0:
                            state[child] = 1;
                            stack.Push((child, 0));
                            break;
                    }

                    continue;
                }

                state[node] = 2;
                document.Step(children.Count);
                var d = (node >= 0 ? 1 : 0) + children.Select(c => depth.GetValueOrDefault(c)).DefaultIfEmpty(0).Max();
                depth[node] = d;
                if (d > MaxFormDepth)
                {
                    return Corrupt($"Form XObjects nest more than {MaxFormDepth} deep");
                }
            }
        }

        return null;
    }

    /// <summary>A <c>too-large</c> error for a page whose content streams inflate past the budget (a Flate bomb
    /// that PdfPig would decode whole into memory).</summary>
    private static ExtractionError? ContentBomb(PdfGuardDocument document, PdfGuardValue page, ExtractionOptions options)
    {
        var contents = page["Contents"];
        var streams = document.Resolve(contents) is { Kind: PdfGuardValueKind.Array } array ? array.Items : contents is null ? [] : [contents];
        foreach (var stream in streams)
        {
            if (document.Target(stream) is not { IsStream: true } target)
            {
                continue;
            }

            // One inflation for both checks: the bomb budget, and inline images in content up to 16 MiB.
            if (PdfGuardScanner.DecodeWithin(target, InlineScanBytes, PdfGuardScanner.MaxDecodedStreamBytes, out var content) > PdfGuardScanner.MaxDecodedStreamBytes)
            {
                return TooLarge($"the content stream {target.Number.ToString(CultureInfo.InvariantCulture)} of a page inflates past {PdfGuardScanner.MaxDecodedStreamBytes / (1024 * 1024)} MiB (a decompression bomb)");
            }

            if (!content.IsEmpty && InlineImageError(content.Span, options) is { } inline)
            {
                return inline;
            }
        }

        return null;
    }

    /// <summary>Content streams decoding to more than this are not searched for inline images.</summary>
    private const int InlineScanBytes = 16 * 1024 * 1024;

    /// <summary>A <c>too-large</c> error for an inline image (<c>BI /W … /H … ID … EI</c>) over the pixel budget.</summary>
    private static ExtractionError? InlineImageError(ReadOnlySpan<byte> span, ExtractionOptions options)
    {
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf("BI"u8);
            if (found < 0)
            {
                return null;
            }

            var start = at + found;
            at = start + 2;
            if ((start > 0 && !IsSpace(span[start - 1])) || at >= span.Length || !IsSpace(span[at]))
            {
                continue;
            }

            var id = span[at..].IndexOf("ID"u8);
            var header = id < 0 ? span[at..] : span.Slice(at, id);
            long width = Entry(header, "/Width"u8, "/W"u8), height = Entry(header, "/Height"u8, "/H"u8);
            if ((double)width * height > options.MaxImagePixels)
            {
                return TooLarge(string.Create(CultureInfo.InvariantCulture, $"an inline image is {width} × {height} pixels; the limit is {options.MaxImagePixels} (ExtractionOptions.MaxImagePixels)"));
            }

            if (id < 0)
            {
                return null;
            }

            var end = span[(at + id)..].IndexOf("EI"u8);
            if (end < 0)
            {
                return null;
            }

            at += id + end + 2;
        }
    }

    /// <summary>The integer after a key (long or short form) in an inline image header, or 0.</summary>
    private static long Entry(ReadOnlySpan<byte> header, ReadOnlySpan<byte> longKey, ReadOnlySpan<byte> shortKey)
    {
        foreach (var key in new[] { longKey.ToArray(), shortKey.ToArray() })
        {
            var at = header.IndexOf(key);
            while (at >= 0)
            {
                var after = at + key.Length;
                if (after < header.Length && IsSpace(header[after]))
                {
                    var i = after;
                    while (i < header.Length && IsSpace(header[i]))
                    {
                        i++;
                    }

                    long value = 0;
                    var digits = 0;
                    while (i < header.Length && header[i] is >= (byte)'0' and <= (byte)'9' && digits < 12)
                    {
                        value = (value * 10) + (header[i++] - '0');
                        digits++;
                    }

                    return value;
                }

                var next = header[after..].IndexOf(key);
                at = next < 0 ? -1 : after + next;
            }
        }

        return 0;
    }

    /// <summary>The bytes an image's samples take once decoded (width × height × components × bits, row-padded), with
    /// room for predictor bytes; four components are assumed for colour spaces other than grey and RGB.</summary>
    private static long ExpectedImageBytes(PdfGuardValue image, long width, long height)
    {
        var bits = image["BitsPerComponent"] is { Kind: PdfGuardValueKind.Integer } b && b.Number is > 0 and <= 16 ? b.Number : 8;
        var components = image["ColorSpace"]?.Name switch
        {
            "DeviceGray" or "G" or "CalGray" => 1,
            "DeviceRGB" or "RGB" or "CalRGB" or "Lab" => 3,
            _ => 4, // CMYK, ICC, indexed, separations …: at most four components
        };
        var row = ((width * components * bits) + 7) / 8;
        return (row + 1) * height;
    }

    private static bool IsForm(PdfGuardObject o) => o.IsStream && o.Value["Subtype"]?.IsName("Form") == true;

    private static IEnumerable<PdfGuardObject> XObjects(PdfGuardDocument document, PdfGuardValue? resources) =>
        NamedXObjects(document, resources).Select(x => x.Target);

    private static IEnumerable<(string Name, PdfGuardObject Target)> NamedXObjects(PdfGuardDocument document, PdfGuardValue? resources)
    {
        var xobjects = document.Resolve(document.Resolve(resources)?["XObject"]);
        if (xobjects is not { Kind: PdfGuardValueKind.Dictionary })
        {
            yield break;
        }

        foreach (var (name, value) in xobjects.Entries)
        {
            document.Step();
            if (document.Target(value) is { } target)
            {
                yield return (name, target);
            }
        }
    }

    /// <summary>A <c>too-large</c> error for an image whose width × height exceeds the budget; its pixels otherwise.</summary>
    private static ExtractionError? ImageError(PdfGuardObject o, ExtractionOptions options, Dictionary<long, (ExtractionError? Error, double Pixels)> seen, out double pixels)
    {
        if (!seen.TryGetValue(o.Number, out var known))
        {
            known.Error = ImageError(o, options, out known.Pixels);
            seen[o.Number] = known;
        }

        pixels = known.Pixels;
        return known.Error;
    }

    private static ExtractionError? ImageError(PdfGuardObject o, ExtractionOptions options, out double pixels)
    {
        pixels = 0;
        if (o.Value["Subtype"]?.IsName("Image") != true)
        {
            return null;
        }

        var width = o.Value["Width"] is { Kind: PdfGuardValueKind.Integer } w ? w.Number : 0;
        var height = o.Value["Height"] is { Kind: PdfGuardValueKind.Integer } h ? h.Number : 0;
        pixels = (double)Math.Max(0, width) * Math.Max(0, height);
        if (pixels > options.MaxImagePixels)
        {
            return TooLarge(string.Create(CultureInfo.InvariantCulture, $"image {o.Number} is {width} × {height} pixels; the limit is {options.MaxImagePixels} (ExtractionOptions.MaxImagePixels)"));
        }

        // Its data may not inflate far past what its declared size needs (decoders allocate what the stream yields).
        var budget = (2 * ExpectedImageBytes(o.Value, Math.Max(0, width), Math.Max(0, height))) + (1024 * 1024);
        return PdfGuardScanner.DecodedLength(o, budget) > budget
            ? TooLarge(string.Create(CultureInfo.InvariantCulture, $"the data of image {o.Number} ({width} × {height}) inflates far past what that size needs (a decompression bomb)"))
            : null;
    }

    /// <summary>The names a form's content draws with <c>Do</c>, or null when its content cannot be decoded.</summary>
    private static HashSet<string>? DrawnNames(PdfGuardObject form, out bool tooLarge)
    {
        var content = PdfGuardScanner.Decode(form, out tooLarge);
        if (content is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var span = content.AsSpan();
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf("Do"u8);
            if (found < 0)
            {
                return names;
            }

            var end = at + found;
            at = end + 2;
            if ((end > 0 && !IsSpace(span[end - 1])) || (at < span.Length && !IsSpace(span[at]) && span[at] is not (byte)'/' and not (byte)'[' and not (byte)'<' and not (byte)'('))
            {
                continue;
            }

            var stop = end;
            while (stop > 0 && IsSpace(span[stop - 1]))
            {
                stop--;
            }

            var start = stop;
            while (start > 0 && span[start - 1] != '/' && !IsSpace(span[start - 1]) && stop - start < 128)
            {
                start--;
            }

            if (start > 0 && span[start - 1] == '/')
            {
                names.Add(System.Text.Encoding.Latin1.GetString(span[start..stop]));
            }
        }
    }

    private static bool IsSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;
}
