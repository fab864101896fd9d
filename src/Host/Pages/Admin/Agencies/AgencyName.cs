using Partnership.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Partnership.Host.Data;

namespace Partnership.Host.Pages.Admin.Agencies;

/// <summary>An agency's name, when adding or renaming: required, at most 200 characters, unique whatever the case.</summary>
internal static class AgencyName
{
    public const int MaxLength = 200;
    public const string Taken = "There is already an agency with this name";

    public static async Task<string?> ProblemAsync(PlatformDbContext db, string? name, Guid? renaming, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Enter the agency's name";
        }
        if (name.Trim().Length > MaxLength)
        {
            return $"The agency's name must be {MaxLength} characters or fewer";
        }
        var pattern = LikePatterns.Literal(name.Trim());
        var taken = await db.Agencies.AnyAsync(a => EF.Functions.ILike(a.Name, pattern) && a.Id != renaming, cancellationToken);
        return taken ? Taken : null;
    }

    /// <summary>
    /// Two people saving the same name at the same moment both pass the check; the unique index stops
    /// the second (it compares exact names, so this covers the same spelling, not a different case).
    /// </summary>
    public static bool IsTaken(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
