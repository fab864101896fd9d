namespace Partnership.Host.Startup;

/// <summary>
/// A start-up failure the operator can fix: its message names the problem and the setting to change,
/// and the host prints it and exits non-zero instead of a stack trace.
/// </summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
