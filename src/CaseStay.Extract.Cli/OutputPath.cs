namespace CaseStay.Extract.Cli;

/// <summary>Checks an output path before any work: its folder is created, and a probe file proves it writable.</summary>
internal static class OutputPath
{
    /// <summary>Null when <paramref name="path"/> can be written; else why not (the message names the option).</summary>
    public static string? Check(string option, string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return $"{option}: '{path}' is a folder; give a file name.";
            }

            var folder = Path.GetDirectoryName(full) ?? ".";
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".casestay-probe-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            if (File.Exists(full))
            {
                using var existing = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{option}: cannot write '{path}': {e.Message}";
        }
    }
}
