using System.Globalization;
using System.Text.Json.Nodes;

namespace CaseStay.Extract.Tests.Review;

/// <summary>Reads back, in the browser, where a field's overlay rectangle landed on its page image and how much ink of
/// the image lies under it (the image drawn into a canvas at its own pixel size).</summary>
internal static class PageGeometryProbe
{
    /// <summary>The page image's rectangle (il, it, iw, ih; natural nw, nh), the overlay's (l, t, w, h) and the share of
    /// dark pixels under the overlay (ink, 0–1); null when the page draws no overlay for the key.</summary>
    public static async Task<JsonObject?> MeasureAsync(HeadlessChromium browser, int page, string key)
    {
        var id = key.Replace('.', '-');
        var node = await browser.EvaluateAsync($$"""
            (function () {
              var img = document.querySelector('#page-{{page.ToString(CultureInfo.InvariantCulture)}} img');
              var r = document.querySelector('#box-{{id}} rect');
              if (!img || !r) { return null; }
              var i = img.getBoundingClientRect(), b = r.getBoundingClientRect();
              var c = document.createElement('canvas');
              c.width = img.naturalWidth; c.height = img.naturalHeight;
              var g = c.getContext('2d');
              g.drawImage(img, 0, 0);
              var s = img.naturalWidth / i.width;
              var x0 = Math.max(0, Math.round((b.left - i.left) * s)), y0 = Math.max(0, Math.round((b.top - i.top) * s));
              var w = Math.max(1, Math.min(c.width - x0, Math.round(b.width * s))), h = Math.max(1, Math.min(c.height - y0, Math.round(b.height * s)));
              var d = g.getImageData(x0, y0, w, h).data, dark = 0;
              for (var k = 0; k < d.length; k += 4) { if (d[k] + d[k + 1] + d[k + 2] < 384) { dark++; } }
              return { il: i.left, it: i.top, iw: i.width, ih: i.height, nw: img.naturalWidth, nh: img.naturalHeight,
                       l: b.left, t: b.top, w: b.width, h: b.height, ink: dark / (w * h),
                       label: document.querySelector('#box-{{id}} text').textContent };
            })()
            """);
        return node?.AsObject();
    }

    public static double V(this JsonObject measured, string name) => measured[name]!.GetValue<double>();
}
