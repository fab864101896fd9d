using Microsoft.AspNetCore.Mvc;

namespace Partnership.Host.Pages;

internal static class ErrorResponses
{
    /// <summary>Paths whose clients read JSON, not pages.</summary>
    public static bool IsApiPath(string path) =>
        path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api", StringComparison.OrdinalIgnoreCase);

    public static ObjectResult Problem(int status, string title, string traceId) =>
        new(new ProblemDetails { Status = status, Title = title, Extensions = { ["traceId"] = traceId } })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };
}
