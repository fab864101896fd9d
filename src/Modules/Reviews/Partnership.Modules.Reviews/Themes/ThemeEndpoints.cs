using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.Themes;

/// <summary><c>/api/reviews/themes</c>: the theme list, which everyone who reads reviews sees and the business team edits.</summary>
internal sealed class ThemeEndpoints : IEndpoint
{
    public sealed record NewTheme(string? Name);

    public sealed record Rename(string? Name, uint? Version);

    public sealed record Change(uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var themes = moduleApi.MapGroup("/themes");
        themes.MapGet("", async (ThemeList list, CancellationToken cancellationToken) =>
            Results.Ok((await list.AllAsync(cancellationToken)).Select(Json)))
            .WithName("ListThemes");
        themes.MapGet("/{id:guid}", async (Guid id, ThemeList list, CancellationToken cancellationToken) =>
            await list.FindAsync(id, cancellationToken) is { } theme ? Results.Ok(Json(theme)) : Results.NotFound())
            .WithName("ViewTheme");

        var edits = themes.MapGroup("").RequireAuthorization(AccessPolicies.BusinessTeam);
        edits.MapPost("", async (NewTheme input, ThemeList list, CancellationToken cancellationToken) =>
            {
                var theme = await list.AddAsync(input.Name, cancellationToken);
                return Results.Created($"/api/reviews/themes/{theme.Id}", Json(theme));
            })
            .WithName("AddTheme");
        edits.MapPut("/{id:guid}", async (Guid id, Rename input, ThemeList list, CancellationToken cancellationToken) =>
            Answer(await list.RenameAsync(id, input.Name, input.Version, cancellationToken)))
            .WithName("RenameTheme");
        edits.MapPost("/{id:guid}/retire", async (Guid id, Change input, ThemeList list, CancellationToken cancellationToken) =>
            Answer(await list.RetireAsync(id, input.Version, cancellationToken)))
            .WithName("RetireTheme");
        edits.MapPost("/{id:guid}/reinstate", async (Guid id, Change input, ThemeList list, CancellationToken cancellationToken) =>
            Answer(await list.ReinstateAsync(id, input.Version, cancellationToken)))
            .WithName("ReinstateTheme");
    }

    private static IResult Answer(Theme? theme) => theme is null ? Results.NotFound() : Results.Ok(Json(theme));

    private static object Json(Theme theme) => new { theme.Id, theme.Name, theme.IsRetired, theme.Version };
}
