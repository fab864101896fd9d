using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Reporting.Model;

/// <summary>
/// The feed's EDM model, composed once from the reporting sets of the enabled modules and the
/// platform, with its CSDL document ready to send.
/// </summary>
internal sealed partial class ReportingModel
{
    public const string Namespace = "PartnershipHub";

    private readonly Dictionary<string, FeedSet> _byName;

    public ReportingModel(IEnumerable<IReportingSet> sets)
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "Container");
        model.AddElement(container);
        var built = new List<FeedSet>();
        foreach (var set in sets.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            built.Add(Add(model, container, set));
        }
        ReportingNavigations.Add(built);
        Edm = model;
        Sets = built;
        _byName = built.ToDictionary(s => s.Name, StringComparer.Ordinal);
        Metadata = WriteCsdl(model);
    }

    public IEdmModel Edm { get; }

    public IReadOnlyList<FeedSet> Sets { get; }

    /// <summary>The CSDL XML document served at <c>$metadata</c>.</summary>
    public byte[] Metadata { get; }

    public FeedSet? Find(string name) => _byName.GetValueOrDefault(name);

    private static FeedSet Add(EdmModel model, EdmEntityContainer container, IReportingSet set)
    {
        if (!Identifier().IsMatch(set.Name))
        {
            throw new InvalidOperationException($"The reporting set name '{set.Name}' must be letters, digits and underscores, not starting with a digit.");
        }
        if (model.FindDeclaredType($"{Namespace}.{TypeName(set)}") is not null || container.FindEntitySet(set.Name) is not null)
        {
            throw new InvalidOperationException($"Two reporting sets are called {set.Name}.");
        }
        var type = new EdmEntityType(Namespace, TypeName(set));
        var columns = set.RowType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => ColumnTypes.Describe(set.Name, p))
            .ToList();
        var keys = set.RowType.GetProperties().Where(p => p.IsDefined(typeof(KeyAttribute))).ToList();
        if (keys.Count != 1)
        {
            throw new InvalidOperationException($"The reporting set {set.Name} needs exactly one column marked [Key].");
        }
        var key = columns.Single(c => c.Property == keys[0]);
        if (key.IsNullable)
        {
            throw new InvalidOperationException($"The key of the reporting set {set.Name} cannot be nullable.");
        }
        if (set.Access.AgencyColumn is { } agencyColumn && columns.All(c => c.Name != agencyColumn || c.ClrType != typeof(Guid)))
        {
            throw new InvalidOperationException($"The agency-owned reporting set {set.Name} has no Guid column {agencyColumn}.");
        }
        foreach (var column in columns)
        {
            var property = type.AddStructuralProperty(column.Name, column.EdmType);
            Describe(model, property, column.Description);
            if (column == key)
            {
                type.AddKeys(property);
            }
        }
        model.AddElement(type);
        var entitySet = container.AddEntitySet(set.Name, type);
        Describe(model, entitySet, set.Description);
        return new FeedSet(set, entitySet, columns, key);
    }

    private static string TypeName(IReportingSet set) =>
        set.RowType.Name.EndsWith("Row", StringComparison.Ordinal) && set.RowType.Name.Length > 3
            ? set.RowType.Name[..^3]
            : set.RowType.Name;

    private static void Describe(EdmModel model, IEdmVocabularyAnnotatable target, string description)
    {
        var annotation = new EdmVocabularyAnnotation(target, CoreVocabularyModel.DescriptionTerm, new EdmStringConstant(description));
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.SetVocabularyAnnotation(annotation);
    }

    private static byte[] WriteCsdl(IEdmModel model)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            if (!CsdlWriter.TryWriteCsdl(model, writer, CsdlTarget.OData, out var errors))
            {
                throw new InvalidOperationException("The reporting model cannot be written: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }
        return buffer.ToArray();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
