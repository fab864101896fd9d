using Microsoft.AspNetCore.Diagnostics;
using Partnership.Host.Data;
using Partnership.Host.Pages;
using Partnership.SharedKernel.Access;

namespace Partnership.Host.Startup;

/// <summary>
/// A change the user may not make: recorded in the audit trail, then 404 for another agency's record
/// (its existence is not revealed) or 403 otherwise. JSON gets ProblemDetails; a page gets the
/// matching page from <see cref="Pages.ErrorModel"/>.
/// </summary>
internal sealed class AccessDeniedExceptionHandler(IProblemDetailsService problemDetails, IServiceScopeFactory scopes) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not AccessDeniedException denied)
        {
            return false;
        }
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A fresh context: the failed request's own context still holds the refused change.
            var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            platform.RecordEvent("AccessDenied", "Request", null, $"{httpContext.Request.Method} {originalPath}: {denied.Message}");
            await platform.SaveChangesAsync(cancellationToken);
        }
        var status = StatusFor(denied);
        if (!ErrorResponses.IsApiPath(originalPath))
        {
            return false;
        }
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status404NotFound ? "Not found" : "You may not make this change",
            },
        });
    }

    public static int StatusFor(AccessDeniedException denied) =>
        denied.HideExistence ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
}
