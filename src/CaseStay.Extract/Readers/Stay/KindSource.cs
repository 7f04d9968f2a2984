namespace CaseStay.Extract.Readers.Stay;

/// <summary>Where a stay's kind is read from, most specific first.</summary>
internal enum KindSource
{
    /// <summary>The clause that grants the stay (its <c>pending …</c> / <c>until …</c> complement).</summary>
    Clause,
    /// <summary>The title.</summary>
    Title,
    /// <summary>The operative part.</summary>
    Operative,
    /// <summary>The whole body (the reasoning).</summary>
    Body,
}
