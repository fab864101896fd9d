using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Sample;

/// <summary>Reading and changing one note: the doors the cross-agency tests knock on.</summary>
internal sealed class NoteEndpoints : IEndpoint
{
    public sealed record Change(string Text);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        moduleApi.MapGet("/notes", async (SampleDbContext db, CancellationToken cancellationToken) =>
            await db.Notes.AsNoTracking().OrderBy(n => n.Text).ToListAsync(cancellationToken));

        moduleApi.MapGet("/notes/{id:guid}", async (Guid id, SampleDbContext db, CancellationToken cancellationToken) =>
            await db.FindVisibleAsync<Note>(id, cancellationToken) is { } note ? Results.Ok(note) : Results.NotFound());

        moduleApi.MapPut("/notes/{id:guid}", async (Guid id, Change change, SampleDbContext db, CancellationToken cancellationToken) =>
        {
            if (await db.FindVisibleAsync<Note>(id, cancellationToken) is not { } note)
            {
                return Results.NotFound();
            }
            note.Text = change.Text;
            await db.SaveChangesAsync(cancellationToken);
            return Results.Ok(note);
        });
    }
}
