namespace CaseStay.Extract.Review;

/// <summary>A field's rectangle on its page in PDF points (origin bottom-left), as the record carries it.</summary>
internal sealed record ReviewBox(double Left, double Bottom, double Right, double Top);
