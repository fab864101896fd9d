using System.Text.RegularExpressions;
using Partnership.Host.Data;
using Partnership.Host.Modules;
using Partnership.SharedKernel.Data;

namespace Partnership.Host.Platform.Audit;

/// <summary>
/// Every schema with an audit trail: the platform's and each enabled module's, from the ModuleDatabase
/// registrations. These names are the only identifiers the audit search puts into SQL.
/// </summary>
internal sealed partial class AuditSources
{
    public AuditSources(IEnumerable<ModuleDatabase> databases, ModuleCatalog modules)
    {
        All = databases
            .Select(d => new AuditSource(d.Schema, TitleOf(d, modules)))
            .DistinctBy(s => s.Schema)
            .OrderBy(s => s.Schema == PlatformDbContext.SchemaName ? 0 : 1)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        var invalid = All.FirstOrDefault(s => !SchemaName().IsMatch(s.Schema));
        if (invalid is not null)
        {
            throw new InvalidOperationException($"'{invalid.Schema}' is not a valid schema name.");
        }
    }

    public IReadOnlyList<AuditSource> All { get; }

    public AuditSource? Find(string? schema) => All.FirstOrDefault(s => s.Schema == schema);

    private static string TitleOf(ModuleDatabase database, ModuleCatalog modules) =>
        database.Schema == PlatformDbContext.SchemaName
            ? "Sign-in and administration"
            : modules.ForAssembly(database.MigrationsAssembly)?.Module.Title ?? database.Schema;

    [GeneratedRegex("^[a-z_]+$")]
    private static partial Regex SchemaName();
}
