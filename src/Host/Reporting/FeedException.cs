namespace Partnership.Host.Reporting;

/// <summary>A request the feed refuses, with the status and the OData error code and message the client gets.</summary>
internal sealed class FeedException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static FeedException BadQuery(string message) => new(StatusCodes.Status400BadRequest, "BadQuery", message);

    public static FeedException Unsupported(string message) => new(StatusCodes.Status400BadRequest, "NotSupported", message);

    public static FeedException Limit(string message) => new(StatusCodes.Status400BadRequest, "LimitExceeded", message);

    public static FeedException NotFound(string message) => new(StatusCodes.Status404NotFound, "NotFound", message);
}
