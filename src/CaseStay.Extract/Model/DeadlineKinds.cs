namespace CaseStay.Extract;

/// <summary>The stable values of <see cref="Deadline.Kind"/>.</summary>
public static class DeadlineKinds
{
    /// <summary>A duty the order's operative part imposes.</summary>
    public const string Directive = "directive";

    /// <summary>The objection (or reply) period that findings and recommendations set.</summary>
    public const string Objections = "objections";
}
