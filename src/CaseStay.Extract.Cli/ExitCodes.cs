namespace CaseStay.Extract.Cli;

/// <summary>The harness's exit codes (documented in the README; scripts and schedulers branch on them).</summary>
internal static class ExitCodes
{
    /// <summary>Every input gave a record without an error ("not a stay order" counts as extracted).</summary>
    public const int Ok = 0;

    /// <summary>One or more inputs ended in an error record; every record was still written.</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad usage: unknown option, bad value, an output path that cannot be written. Nothing was extracted.</summary>
    public const int Usage = 2;

    /// <summary>The inputs matched no file (or JSON Lines record). Nothing was extracted.</summary>
    public const int NoInput = 3;

    /// <summary>Writing the output failed (a full disk, an I/O error): the run stopped; a JSON Lines output holds only
    /// whole records, a JSON or CSV output was left as it was before the run.</summary>
    public const int OutputFailed = 4;

    /// <summary>Interrupted by SIGINT (Ctrl+C): finished records were written and the output closed well-formed.</summary>
    public const int Interrupted = 130;

    /// <summary>Standard output was closed by its reader (SIGPIPE, e.g. <c>| head</c>): the run stopped early.</summary>
    public const int BrokenPipe = 141;

    /// <summary>Terminated by SIGTERM (a scheduler's cancel or time limit): as <see cref="Interrupted"/>.</summary>
    public const int Terminated = 143;
}
