namespace CaseStay.Extract.Isolation;

/// <summary>
/// TEST HOOK of worker mode only: makes the worker misbehave on files whose name contains a marker, so tests can
/// prove that the batch survives what the PDF guard does not know yet. The <c>casestay</c> harness reads it from
/// the environment variable <c>CASESTAY_WORKER_TEST_FAULT</c> only when started as <c>casestay worker</c>; a normal
/// run never looks at it. Syntax: <c>ACTION:MARKER</c>, several joined with <c>;</c>, where ACTION is
/// <c>overflow</c> (unbounded recursion: a real stack overflow, the process aborts), <c>allocate</c> (allocates and
/// touches memory without bound), <c>hang</c> (never returns) or <c>exit</c> (exits with code 3 mid-file). With
/// <c>CASESTAY_WORKER_TEST_PIDFILE</c> set, a worker that starts a fault first appends its process id to that file.
/// </summary>
/// <param name="Faults">Marker → action.</param>
/// <param name="PidFile">Where to append the faulting worker's process id, or null.</param>
internal sealed record WorkerTestFaults(IReadOnlyList<(string Action, string Marker)> Faults, string? PidFile)
{
    /// <summary>Parses the hook's text; null or empty: no faults.</summary>
    public static WorkerTestFaults? Parse(string? spec, string? pidFile)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return null;
        }

        var faults = new List<(string, string)>();
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < part.Length - 1)
            {
                faults.Add((part[..colon], part[(colon + 1)..]));
            }
        }

        return faults.Count == 0 ? null : new WorkerTestFaults(faults, string.IsNullOrWhiteSpace(pidFile) ? null : pidFile);
    }

    /// <summary>Runs the fault set for <paramref name="path"/>, if any (on the worker's extraction thread).</summary>
    public void Apply(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        foreach (var (action, marker) in Faults)
        {
            if (!name.Contains(marker, StringComparison.Ordinal))
            {
                continue;
            }

            if (PidFile is not null)
            {
                File.AppendAllText(PidFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
            }

            switch (action)
            {
                case "overflow":
                    _ = Recurse(0, new byte[16]);
                    break;
                case "allocate":
                    Allocate();
                    break;
                case "hang":
                    Thread.Sleep(Timeout.Infinite);
                    break;
                case "exit":
                    Environment.Exit(3);
                    break;
            }
        }
    }

    // Not a tail call: the sum after the call keeps every frame alive until the stack runs out.
    private static long Recurse(long depth, byte[] salt) => Recurse(depth + 1, salt) + salt[depth % salt.Length];

    private static void Allocate()
    {
        var kept = new List<byte[]>();
        while (true)
        {
            var block = new byte[8 * 1024 * 1024];
            for (var i = 0; i < block.Length; i += 4096)
            {
                block[i] = 1; // touch every page so it becomes resident
            }

            kept.Add(block);
        }
    }
}
