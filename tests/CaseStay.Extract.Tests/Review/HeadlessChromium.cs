using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>A real headless Chromium (Debian's <c>chromium</c>) driven over the DevTools protocol (CDP) on a web socket:
/// navigate, evaluate JavaScript, take a screenshot. Missing Chromium fails the test under CI=true, else skips it with
/// the reason.</summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly string _profile;
    private int _id;

    private HeadlessChromium(Process process, ClientWebSocket socket, string profile)
    {
        _process = process;
        _socket = socket;
        _profile = profile;
    }

    public static string? FindExecutable() =>
        new[] { Environment.GetEnvironmentVariable("CASESTAY_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Chromium's path; fails under CI=true when it is missing, else skips the test with the reason.</summary>
    public static string Require()
    {
        if (FindExecutable() is { } found)
        {
            return found;
        }

        const string message = "Headless Chromium is needed for the review page's browser test and /usr/bin/chromium is missing (as root: apt-get install -y chromium; .ci/prereqs installs it).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true: " + message);
        }

        Skip.If(true, message);
        return string.Empty;
    }

    public static async Task<HeadlessChromium> StartAsync(int width = 1280, int height = 1400)
    {
        var executable = Require();
        var profile = Directory.CreateTempSubdirectory("casestay-chromium-").FullName;
        var info = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--hide-scrollbars", "--allow-file-access-from-files", "--remote-debugging-port=0",
            "--user-data-dir=" + profile, $"--window-size={width},{height}", "about:blank",
        })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("chromium did not start");
        _ = process.StandardOutput.ReadToEndAsync();
        string? browserUrl = null;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (browserUrl is null)
        {
            var line = await process.StandardError.ReadLineAsync(deadline.Token) ?? throw new InvalidOperationException("chromium exited before it listened for DevTools");
            const string marker = "DevTools listening on ";
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                browserUrl = line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim();
            }
        }

        _ = DrainAsync(process.StandardError);
        var port = new Uri(browserUrl).Port;
        using var http = new HttpClient();
        string? pageUrl = null;
        while (pageUrl is null)
        {
            var list = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"), deadline.Token))!.AsArray();
            pageUrl = list.FirstOrDefault(t => (string?)t!["type"] == "page")?["webSocketDebuggerUrl"]?.GetValue<string>();
            if (pageUrl is null)
            {
                await Task.Delay(100, deadline.Token);
            }
        }

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(new Uri(pageUrl), deadline.Token);
        var browser = new HeadlessChromium(process, socket, profile);
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Runtime.enable");
        return browser;
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync() is not null)
            {
            }
        }
        catch (IOException)
        {
        }
    }

    public async Task<JsonNode?> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++_id;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
                received.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            var reply = JsonNode.Parse(received.ToArray())!;
            if ((int?)reply["id"] != id)
            {
                continue;
            }

            if (reply["error"] is { } error)
            {
                throw new InvalidOperationException($"CDP {method} failed: {error.ToJsonString()}");
            }

            return reply["result"];
        }
    }

    /// <summary>Opens a file and waits until the document and its images have loaded.</summary>
    public async Task NavigateAsync(string file)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri });
        for (var i = 0; i < 600; i++)
        {
            var ready = await EvaluateAsync("document.readyState === 'complete' && Array.prototype.every.call(document.images, function (i) { return i.complete && i.naturalWidth > 0; }) && location.href.indexOf('file:') === 0");
            if (ready?.GetValue<bool>() == true)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the page did not finish loading: " + file);
    }

    /// <summary>Evaluates an expression and returns its value (JSON-serializable results only).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result?["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("JavaScript failed: " + exception.ToJsonString());
        }

        return result?["result"]?["value"];
    }

    public async Task<byte[]> ScreenshotAsync(bool fullPage = false)
    {
        var parameters = new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = fullPage };
        var result = await SendAsync("Page.captureScreenshot", parameters);
        return Convert.FromBase64String(result!["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
