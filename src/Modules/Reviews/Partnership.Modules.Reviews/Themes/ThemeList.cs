using Microsoft.EntityFrameworkCore;
using Npgsql;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Themes;

/// <summary>The partnership's theme list: the business team adds, renames, retires and reinstates themes.</summary>
internal sealed class ThemeList(ReviewsDbContext db)
{
    public const string StaleMessage = "Someone else changed this theme after you opened it. Reload the page to see their change, then try again.";

    public Task<List<Theme>> AllAsync(CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking().OrderBy(t => t.IsRetired).ThenBy(t => t.Name).ToListAsync(cancellationToken);

    public Task<Theme?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    public async Task<Theme> AddAsync(string? name, CancellationToken cancellationToken)
    {
        await CheckNameAsync(name, null, cancellationToken);
        var theme = Theme.Named(Guid.CreateVersion7(), name!);
        db.Themes.Add(theme);
        await SaveAsync(cancellationToken);
        return theme;
    }

    public Task<Theme?> RenameAsync(Guid id, string? name, uint? version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, async theme =>
        {
            await CheckNameAsync(name, id, cancellationToken);
            theme.Rename(name!);
        }, cancellationToken);

    public Task<Theme?> RetireAsync(Guid id, uint? version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, theme =>
        {
            theme.IsRetired = true;
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<Theme?> ReinstateAsync(Guid id, uint? version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, theme =>
        {
            theme.IsRetired = false;
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<Theme?> ChangeAsync(Guid id, uint? version, Func<Theme, Task> change, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (theme is null)
        {
            return null;
        }
        if (version is { } expected)
        {
            if (expected != theme.Version)
            {
                throw new ValidationException("version", StaleMessage);
            }
            // The save itself is checked too, in case someone saves between this read and the update.
            db.Entry(theme).Property(t => t.Version).OriginalValue = expected;
        }
        await change(theme);
        await SaveAsync(cancellationToken);
        return theme;
    }

    private async Task CheckNameAsync(string? name, Guid? renaming, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ValidationException("name", "Enter the theme's name");
        }
        var normalized = ThemeNames.Normalize(name);
        if (normalized.Length > Theme.MaxNameLength)
        {
            throw new ValidationException("name", $"The theme's name must be {Theme.MaxNameLength} characters or fewer");
        }
        if (await db.Themes.AnyAsync(t => t.NormalizedName == normalized && t.Id != renaming, cancellationToken))
        {
            throw new ValidationException("name", DuplicateMessage(name));
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two people saving the same name at once both pass the check; the unique index stops the second.
            throw new ValidationException("name", "There is already a theme with this name");
        }
    }

    private static string DuplicateMessage(string name) => $"There is already a theme called {ThemeNames.Tidy(name)}";
}
