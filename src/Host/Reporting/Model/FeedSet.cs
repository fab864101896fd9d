using Microsoft.OData.Edm;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Reporting.Model;

/// <summary>A reporting set as the feed serves it: the module's set, its EDM entity set, its columns and navigations.</summary>
internal sealed record FeedSet(IReportingSet Source, IEdmEntitySet EntitySet, IReadOnlyList<FeedColumn> Columns, FeedColumn Key)
{
    // Filled once the model has every set, since a navigation refers to its target.
    private readonly List<FeedNavigation> _navigations = [];

    public string Name => Source.Name;

    public IReadOnlyList<FeedNavigation> Navigations => _navigations;

    public FeedColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public FeedNavigation? Navigation(string name) => _navigations.FirstOrDefault(n => n.Name == name);

    public void Add(FeedNavigation navigation) => _navigations.Add(navigation);
}
