using System.Text;
using Microsoft.OData.Edm;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Reporting.Model;

/// <summary>
/// What <c>reports/</c> holds, written from the model so it cannot drift from the feed: the reporting
/// model (every set and column with its meaning) and a Power Query (M) query per set with its types.
/// </summary>
internal static class ReportingModelDocuments
{
    public const string FeedAddress = "http://127.0.0.1:5080/odata";

    /// <summary>Each file's path under <c>reports/</c> and its text.</summary>
    public static IReadOnlyDictionary<string, string> Generate(ReportingModel model)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["reporting-model.md"] = Markdown(model) };
        foreach (var set in model.Sets)
        {
            files[$"queries/{set.Name}.pq"] = PowerQuery(set);
        }
        return files;
    }

    /// <summary>Writes the files into <paramref name="folder"/>, replacing the generated ones.</summary>
    public static void Write(ReportingModel model, string folder)
    {
        var queries = Path.Combine(folder, "queries");
        if (Directory.Exists(queries))
        {
            foreach (var old in Directory.GetFiles(queries, "*.pq"))
            {
                File.Delete(old);
            }
        }
        foreach (var (path, text) in Generate(model))
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text, new UTF8Encoding(false));
        }
    }

    private static string Markdown(ReportingModel model)
    {
        var text = new StringBuilder();
        text.Append("# The reporting model\n\n")
            .Append("Generated from the feed's model by `./build.sh reporting-model`; do not edit by hand.\n")
            .Append("Every set is at `/odata/<Set>`; `$metadata` says the same in CSDL.\n")
            .Append("Types: text, whole numbers, decimals with their places, true/false, identifiers (GUIDs),\n")
            .Append("dates (`Edm.Date`) and instants in UTC (`Edm.DateTimeOffset`).\n")
            .Append("Navigations lead to related rows of the same module, for `$expand` and `any`/`all` in `$filter`;\n")
            .Append("the key columns that pair them stay, so Power BI can relate the sets without them.\n\n");
        foreach (var set in model.Sets)
        {
            text.Append("## ").Append(set.Name).Append("\n\n")
                .Append(set.Source.Description).Append("\n\n")
                .Append("Key: `").Append(set.Key.Name).Append("`. Who reads it: ").Append(Access(set.Source.Access)).Append("\n\n")
                .Append("| column | type | may be empty | meaning |\n| --- | --- | --- | --- |\n");
            foreach (var column in set.Columns)
            {
                text.Append("| `").Append(column.Name).Append("` | ").Append(EdmName(column.EdmType)).Append(" | ")
                    .Append(column.IsNullable ? "yes" : "no").Append(" | ").Append(column.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
            text.Append('\n');
            Navigations(text, set);
        }
        return text.ToString();
    }

    private static void Navigations(StringBuilder text, FeedSet set)
    {
        if (set.Navigations.Count == 0)
        {
            return;
        }
        text.Append("| navigation | leads to | rows where |\n| --- | --- | --- |\n");
        foreach (var navigation in set.Source.Navigations.Select(n => set.Navigation(n.Name)!))
        {
            text.Append("| `").Append(navigation.Name).Append("` | ")
                .Append(navigation.IsCollection ? "the rows of " : "the row of ").Append(navigation.Target.Name).Append(navigation.IsCollection ? "" : ", or none")
                .Append(" | `").Append(navigation.Target.Name).Append('.').Append(navigation.TargetColumn.Name).Append("` = `")
                .Append(navigation.SourceColumn.Name).Append("` |\n");
        }
        text.Append('\n');
    }

    private static string Access(ReportingAccess access) => access.Kind switch
    {
        ReportingAccessKind.AgencyOwned => $"everyone who reads the feed; an agency's users see only the rows whose `{access.AgencyColumn}` is their agency.",
        ReportingAccessKind.BusinessTeamOnly => "the business team only.",
        _ => "everyone who reads the feed, as far as the set's own rules allow.",
    };

    private static string EdmName(IEdmTypeReference type) =>
        type.IsDecimal() ? $"Edm.Decimal({type.AsDecimal().Precision},{type.AsDecimal().Scale})" : type.FullName();

    private static string PowerQuery(FeedSet set)
    {
        var types = string.Join(",\n            ", set.Columns.Select(c => $"{{\"{c.Name}\", {MType(c.Kind)}}}"));
        // Navigations are columns of tables or records in Power Query: keep the plain columns (a $select the feed runs).
        var rows = set.Navigations.Count == 0
            ? $"Source{{[Name = \"{set.Name}\", Signature = \"table\"]}}[Data]"
            : $"Table.SelectColumns(Source{{[Name = \"{set.Name}\", Signature = \"table\"]}}[Data], {{{string.Join(", ", set.Columns.Select(c => $"\"{c.Name}\""))}}})";
        return $$"""
            // {{set.Name}}: {{set.Source.Description}}
            // Generated from the feed's model by ./build.sh reporting-model. Sign in with Basic: your email and a reporting token.
            let
                Source = OData.Feed("{{FeedAddress}}", null, [Implementation = "2.0"]),
                Rows = {{rows}},
                Typed = Table.TransformColumnTypes(Rows, {
                        {{types}}
                    })
            in
                Typed

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string MType(ColumnKind kind) => kind switch
    {
        ColumnKind.Int32 or ColumnKind.Int64 => "Int64.Type",
        ColumnKind.Decimal => "Decimal.Type",
        ColumnKind.Double => "type number",
        ColumnKind.Boolean => "type logical",
        ColumnKind.Date => "type date",
        ColumnKind.Instant => "type datetimezone",
        _ => "type text",
    };
}
