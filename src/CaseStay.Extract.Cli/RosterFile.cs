namespace CaseStay.Extract.Cli;

/// <summary>The <c>--roster FILE</c> of the harness: a JSON list of judges in the built-in roster's format.</summary>
internal static class RosterFile
{
    /// <summary>A roster file larger than this is refused (the built-in roster is a few kilobytes).</summary>
    private const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>Reads and checks the file; never throws for a missing, unreadable or malformed file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The roster, or null with a sentence that says why.</returns>
    public static (JudgeRoster? Roster, string? Error) Load(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return (null, "no such file.");
            }

            if (new FileInfo(path).Length > MaxBytes)
            {
                return (null, $"the file is larger than {MaxBytes} bytes; a roster is a short JSON list.");
            }

            return JudgeRoster.TryParse(File.ReadAllText(path), out var roster, out var error)
                ? (roster, null)
                : (null, $"not a judge roster: {error}.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"the file could not be read ({e.Message}).");
        }
    }
}
