using Microsoft.OData.Edm;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Reporting.Model;

/// <summary>
/// Adds the sets' declared navigations to the model: navigation properties (partnered where both
/// sides declare the pairing) and the entity sets' navigation property bindings, which ODataLib's
/// parser needs for <c>$expand</c> and <c>any</c>/<c>all</c>. A badly declared navigation stops the host.
/// </summary>
internal static class ReportingNavigations
{
    public static void Add(IReadOnlyList<FeedSet> sets)
    {
        var byName = sets.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var done = new HashSet<ReportingNavigation>();
        foreach (var set in sets)
        {
            foreach (var declared in set.Source.Navigations)
            {
                if (!done.Add(declared))
                {
                    continue;
                }
                var target = Target(set, declared, byName);
                var partner = target.Source.Navigations.FirstOrDefault(n => !ReferenceEquals(n, declared) && n.TargetSet == set.Name
                    && n.SourceColumn == declared.TargetColumn && n.TargetColumn == declared.SourceColumn && n.IsCollection != declared.IsCollection);
                var type = (EdmEntityType)set.EntitySet.EntityType();
                if (partner is null)
                {
                    var property = type.AddUnidirectionalNavigation(Info(declared, target));
                    Bind(set, declared, target, property);
                    continue;
                }
                done.Add(partner);
                var forward = type.AddBidirectionalNavigation(Info(declared, target), Info(partner, set));
                Bind(set, declared, target, forward);
                Bind(target, partner, set, forward.Partner);
            }
        }
    }

    private static FeedSet Target(FeedSet set, ReportingNavigation declared, Dictionary<string, FeedSet> byName)
    {
        var where = $"The navigation {declared.Name} of the reporting set {set.Name}";
        if (set.Column(declared.Name) is not null || set.Source.Navigations.Count(n => n.Name == declared.Name) > 1)
        {
            throw new InvalidOperationException($"{where} has the name of another of its columns or navigations.");
        }
        if (!byName.TryGetValue(declared.TargetSet, out var target))
        {
            throw new InvalidOperationException($"{where} leads to {declared.TargetSet}, which is not a reporting set.");
        }
        if (target.Source.GetType().Assembly != set.Source.GetType().Assembly)
        {
            throw new InvalidOperationException($"{where} leads to {declared.TargetSet}, a set of another module or of the platform: a navigation stays within its module; relate the sets by their key columns instead.");
        }
        var source = set.Column(declared.SourceColumn) ?? throw new InvalidOperationException($"{where} pairs {set.Name} by {declared.SourceColumn}, which is not one of its columns.");
        var paired = target.Column(declared.TargetColumn) ?? throw new InvalidOperationException($"{where} pairs {declared.TargetSet} by {declared.TargetColumn}, which is not one of its columns.");
        if ((Nullable.GetUnderlyingType(source.ClrType) ?? source.ClrType) != (Nullable.GetUnderlyingType(paired.ClrType) ?? paired.ClrType))
        {
            throw new InvalidOperationException($"{where} pairs columns of different types: {declared.SourceColumn} and {declared.TargetSet}.{declared.TargetColumn}.");
        }
        return target;
    }

    private static EdmNavigationPropertyInfo Info(ReportingNavigation declared, FeedSet target) => new()
    {
        Name = declared.Name,
        Target = target.EntitySet.EntityType(),
        TargetMultiplicity = declared.IsCollection ? EdmMultiplicity.Many : EdmMultiplicity.ZeroOrOne,
    };

    private static void Bind(FeedSet set, ReportingNavigation declared, FeedSet target, IEdmNavigationProperty property)
    {
        ((EdmEntitySet)set.EntitySet).AddNavigationTarget(property, target.EntitySet);
        set.Add(new FeedNavigation(declared.Name, target, set.Column(declared.SourceColumn)!, target.Column(declared.TargetColumn)!, declared.IsCollection, property));
    }
}
