namespace Partnership.SharedKernel.Access;

/// <summary>
/// A change the signed-in user may not make. The host answers 404 for another agency's record (its
/// existence is not revealed) and 403 otherwise, and records the attempt in the audit trail.
/// </summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccessDeniedException(string message, bool hideExistence)
        : base(message)
    {
        HideExistence = hideExistence;
    }

    /// <summary>True when the record is another agency's: answer as if it did not exist.</summary>
    public bool HideExistence { get; }
}
