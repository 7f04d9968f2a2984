namespace CaseStay.Extract;

/// <summary>The stable values of <see cref="NotStayReason.Code"/>.</summary>
public static class NotStayReasons
{
    /// <summary>The order denies a stay (or declines to stay).</summary>
    public const string DeniesStay = "denies-stay";
    /// <summary>The order lifts, vacates or dissolves a stay.</summary>
    public const string LiftsStay = "lifts-stay";
    /// <summary>Findings and recommendations: a stay (or its denial) is only recommended.</summary>
    public const string RecommendsStay = "recommends-stay";
    /// <summary>A party's filing (motion, stipulation without the court's order, brief, complaint, notice), not an order.</summary>
    public const string MotionNotOrder = "motion-not-order";
    /// <summary>The order mentions a stay (one entered earlier, a party's request) but does not decide one.</summary>
    public const string MentionsStay = "mentions-stay";
    /// <summary>The document says nothing about a stay.</summary>
    public const string NoStayLanguage = "no-stay-language";
    /// <summary>The text ends before the operative part: the decision is not visible (a truncated excerpt).</summary>
    public const string DecisionNotVisible = "decision-not-visible";
    /// <summary>A court document that is not an order (transcript, judgment, verdict, …): stay decisions come only from orders.</summary>
    public const string NotAnOrder = "not-an-order";
    /// <summary>The PDF has no usable text layer; its pages need OCR.</summary>
    public const string NeedsOcr = "needs-ocr";
    /// <summary>The file is not readable text (binary data).</summary>
    public const string UnreadableText = "unreadable-text";
}
