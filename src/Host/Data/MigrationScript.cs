using System.Reflection;
using Partnership.SharedKernel.Data;

namespace Partnership.Host.Data;

/// <summary>One forward-only migration of one schema: an id recorded in the schema's history, and SQL.</summary>
internal sealed record MigrationScript(string Id, string Sql)
{
    private const string MessagingId = "0000_messaging";
    private const string AuditId = "0000_audit";
    private const string DocumentsId = "0000_documents";

    /// <summary>
    /// The scripts that build a schema, in order: the outbox, inbox, audit trail and documents every schema has,
    /// then the <c>Migrations/*.sql</c> files embedded in the module's assembly, ordered by file name.
    /// </summary>
    public static IReadOnlyList<MigrationScript> For(ModuleDatabase database)
    {
        var scripts = new List<MigrationScript>
        {
            new(MessagingId, Shared("messaging.sql", database.Schema)),
            new(AuditId, Shared("audit.sql", database.Schema)),
            new(DocumentsId, Shared("documents.sql", database.Schema)),
        };
        const string marker = ".Migrations.";
        foreach (var resource in database.MigrationsAssembly.GetManifestResourceNames()
                     .Where(name => name.Contains(marker, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var fileName = resource[(resource.LastIndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
            scripts.Add(new MigrationScript(Path.GetFileNameWithoutExtension(fileName), Read(database.MigrationsAssembly, resource)));
        }
        return scripts;
    }

    private static string Shared(string resource, string schema) =>
        Read(typeof(ModuleDbContext).Assembly, resource).Replace("{schema}", schema, StringComparison.Ordinal);

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The migration {resource} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
