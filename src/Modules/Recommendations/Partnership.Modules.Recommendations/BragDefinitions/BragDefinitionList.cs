using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.BragDefinitions;

/// <summary>What Blue, Green, Amber and Red mean in this partnership: everyone reads them, the business team rewords them.</summary>
internal sealed class BragDefinitionList(RecommendationsDbContext db)
{
    public const int MaxMeaningLength = 1000;

    public const string StaleMessage = "Someone else changed this definition after you opened it. Their wording is shown below: make your change to it and save again.";

    public async Task<IReadOnlyList<BragDefinition>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await db.BragDefinitions.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(d => d.Status)];

    public Task<BragDefinition?> FindAsync(Brag status, CancellationToken cancellationToken) =>
        db.BragDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.Status == status, cancellationToken);

    /// <summary>Rewords a status; <paramref name="version"/> is the version the wording was read at.</summary>
    public async Task<BragDefinition?> RewordAsync(Brag status, string? meaning, uint? version, CancellationToken cancellationToken)
    {
        var text = meaning?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new ValidationException("meaning", $"Enter what {status} means in this partnership");
        }
        if (text.Length > MaxMeaningLength)
        {
            throw new ValidationException("meaning", $"What {status} means must be {MaxMeaningLength} characters or fewer");
        }
        if (version is null)
        {
            throw new ValidationException("version", "Send the version of the definition you are changing, from when you read it");
        }
        var definition = await db.BragDefinitions.SingleOrDefaultAsync(d => d.Status == status, cancellationToken);
        if (definition is null)
        {
            return null;
        }
        if (definition.Version != version)
        {
            throw new ValidationException("version", StaleMessage);
        }
        // The update itself is checked too, in case someone saves between this read and the write.
        db.Entry(definition).Property(d => d.Version).OriginalValue = version.Value;
        definition.Meaning = text;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
        return definition;
    }
}
