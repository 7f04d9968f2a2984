using System.Globalization;

namespace CaseStay.Extract.Corrections;

/// <summary>The fields a correction may name (the <c>field</c> of a <c>corrections.json</c> entry).</summary>
public static class CorrectionFields
{
    /// <summary>The case number (any printed form; it is normalized).</summary>
    public const string CaseNumber = "caseNumber";

    /// <summary>The signing judge's name.</summary>
    public const string Judge = "judge";

    /// <summary>The dated line's date (ISO <c>yyyy-MM-dd</c>).</summary>
    public const string Dated = "dated";

    /// <summary>The stay decision: <c>true</c> (the order stays the action) or <c>false</c>.</summary>
    public const string IsStayOrder = "isStayOrder";

    /// <summary>The stay's kind: one of <see cref="StayKinds"/>.</summary>
    public const string StayKind = "stay.kind";

    /// <summary>The due date (ISO) of the deadline at <paramref name="index"/> (0-based, in the record's order).</summary>
    /// <param name="index">The deadline's position.</param>
    /// <returns>The field name, e.g. <c>deadlines[0].due</c>.</returns>
    public static string DeadlineDue(int index) => "deadlines[" + index.ToString(CultureInfo.InvariantCulture) + "].due";
}
