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

    /// <summary>The due date (ISO) of the deadline at <paramref name="index"/> (0-based, in the record's order): the
    /// older, positional key. It is applied only while the deadline at that position still has the due date the clerk
    /// saw (<see cref="Correction.Original"/>), else reported (<c>correction-stale</c>); prefer
    /// <see cref="DeadlineDue(StayOrder, int)"/>.</summary>
    /// <param name="index">The deadline's position.</param>
    /// <returns>The field name, e.g. <c>deadlines[0].due</c>.</returns>
    public static string DeadlineDue(int index) => "deadlines[" + index.ToString(CultureInfo.InvariantCulture) + "].due";

    /// <summary>The stable key of the due date of <paramref name="order"/>'s deadline at <paramref name="index"/>: the
    /// directive's label and the due-date phrase as printed, e.g.
    /// <c>deadlines[3:within-ninety-90-days-of-the-date-of-this-order].due</c>. A later run that finds more or fewer
    /// deadlines keeps the key of every deadline it still finds; a key no deadline has any more is reported
    /// (<c>correction-stale</c>), never applied to another deadline.</summary>
    /// <param name="order">The order the deadline belongs to.</param>
    /// <param name="index">The deadline's position in <see cref="StayOrder.Deadlines"/>.</param>
    /// <returns>The field name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a deadline of the order.</exception>
    public static string DeadlineDue(StayOrder order, int index)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, order.Deadlines.Count);
        return DeadlineKeys.For(order)[index];
    }
}
