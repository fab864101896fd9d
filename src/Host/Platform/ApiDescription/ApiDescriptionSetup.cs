using Microsoft.OpenApi;
using Partnership.Host.Platform.Security;

namespace Partnership.Host.Platform.ApiDescription;

/// <summary>
/// The JSON API described by OpenAPI at <c>/api/openapi/v1.json</c>: the platform's endpoints and each
/// enabled module's, grouped by module. Like everything but sign-in and health, it needs a signed-in user.
/// </summary>
internal static class ApiDescriptionSetup
{
    public const string DocumentPath = "/api/openapi/{documentName}.json";

    public static void AddApiDescription(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Partnership Hub API",
                Version = "v1",
                Description = "Everything the screens do, as JSON. Sign in first; each answer holds only what your role and agency may see. Bad input is answered 400 with ProblemDetails naming each field.",
            };
            return Task.CompletedTask;
        }));

    public static void MapApiDescription(this WebApplication app) =>
        app.MapOpenApi(DocumentPath).RequireAuthorization(Policies.SignedIn);
}
