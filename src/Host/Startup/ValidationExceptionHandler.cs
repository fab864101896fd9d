using Microsoft.AspNetCore.Diagnostics;
using Partnership.Host.Pages;
using Partnership.SharedKernel.Validation;

namespace Partnership.Host.Startup;

/// <summary>A <see cref="ValidationException"/> thrown by a JSON endpoint is the caller's mistake: a 400 ValidationProblem.</summary>
internal sealed class ValidationExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has rewritten the path to /error; the feature keeps the original.
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (exception is not ValidationException validation || !ErrorResponses.IsApiPath(originalPath))
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(validation.Errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more values are not valid.",
            },
            Exception = exception,
        });
    }
}
