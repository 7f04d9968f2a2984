using System.Diagnostics.CodeAnalysis;

namespace CaseStay.Extract;

/// <summary>
/// The outcome of extracting one document: the record, or a typed error, plus warnings.
/// Never thrown: <see cref="StayOrderExtractor"/> returns it for any input.
/// </summary>
/// <param name="Source">What was read.</param>
/// <param name="Order">The extracted order, or null when <see cref="Error"/> is set.</param>
/// <param name="Error">Why nothing could be extracted, or null.</param>
/// <param name="Warnings">Warnings, in the order they were raised.</param>
public sealed record ExtractionResult(SourceInfo Source, StayOrder? Order, ExtractionError? Error, IReadOnlyList<ExtractionWarning> Warnings)
{
    /// <summary>True when a record was extracted (whether or not it is a stay order).</summary>
    [MemberNotNullWhen(true, nameof(Order))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null && Order is not null;

    /// <summary>Returns the order or throws.</summary>
    /// <returns>The order.</returns>
    /// <exception cref="ExtractionException">The extraction failed; the exception carries the error code.</exception>
    public StayOrder GetValueOrThrow() =>
        Success ? Order : throw new ExtractionException(Error, Source.Path);

    /// <summary>Gets the order when there is one.</summary>
    /// <param name="order">The order, or null.</param>
    /// <returns>True on success.</returns>
    public bool TryGetValue([NotNullWhen(true)] out StayOrder? order)
    {
        order = Order;
        return Success;
    }

    internal static ExtractionResult Failed(SourceInfo source, string code, string message) =>
        new(source, null, new ExtractionError(code, message), []);
}

/// <summary>Thrown only by <see cref="ExtractionResult.GetValueOrThrow"/>.</summary>
public sealed class ExtractionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The error.</param>
    /// <param name="path">The file, if any.</param>
    public ExtractionException(ExtractionError error, string? path)
        : base($"{path ?? "<text>"}: {error?.Code}: {error?.Message}")
    {
        Error = error ?? new ExtractionError(ErrorCodes.InternalError, "unknown");
    }

    /// <summary>Creates the exception.</summary>
    public ExtractionException()
        : this(new ExtractionError(ErrorCodes.InternalError, "unknown"), null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ExtractionException(string message)
        : this(new ExtractionError(ErrorCodes.InternalError, message), null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ExtractionError(ErrorCodes.InternalError, message);
    }

    /// <summary>The error.</summary>
    public ExtractionError Error { get; }
}
