using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Events;

namespace Partnership.Modules.Sample;

internal sealed class NoteAddedHandler(SampleDbContext db) : IIntegrationEventHandler<NoteAdded>
{
    public const string TallyName = "notes-added";

    public async Task HandleAsync(NoteAdded integrationEvent, CancellationToken cancellationToken)
    {
        var tally = await db.NoteTallies.SingleOrDefaultAsync(t => t.Name == TallyName, cancellationToken);
        if (tally is null)
        {
            tally = new NoteTally { Name = TallyName };
            db.NoteTallies.Add(tally);
        }
        tally.Count++;
        await db.SaveChangesAsync(cancellationToken);
    }
}
