using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Endpoints;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Sample;

internal sealed class AddNoteEndpoint : IEndpoint
{
    public sealed record Request(string? Text, Guid? AgencyId);

    public void Map(IEndpointRouteBuilder moduleApi) =>
        moduleApi.MapPost("/notes", async (Request request, SampleDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(request.Text))
            {
                throw new ValidationException("text", "Enter the text of the note");
            }
            var note = new Note { Id = Guid.NewGuid(), AgencyId = request.AgencyId ?? db.User.AgencyId ?? Guid.Empty, Text = request.Text };
            db.Notes.Add(note);
            db.Publish(new NoteAdded { NoteId = note.Id, OccurredAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            return Results.Created($"/api/sample/notes/{note.Id}", note);
        });
}
