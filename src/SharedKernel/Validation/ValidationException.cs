namespace Partnership.SharedKernel.Validation;

/// <summary>
/// Input that cannot be accepted. The host turns it into a 400 ValidationProblem for JSON; a page
/// catches it and shows the GOV.UK error summary (<see cref="ModelStateExtensions"/>).
/// </summary>
public sealed class ValidationException : Exception
{
    public ValidationException(ValidationErrors errors)
        : base("The request has invalid values: " + string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)))
    {
        Errors = errors.ToDictionary();
    }

    public ValidationException(string field, string message)
        : this(new ValidationErrors().Add(field, message))
    {
    }

    public ValidationException()
        : this(new ValidationErrors())
    {
    }

    public ValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public IDictionary<string, string[]> Errors { get; }
}
