using Microsoft.OData.Edm;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Reporting.Model;

/// <summary>A reporting set as the feed serves it: the module's set, its EDM entity set and its columns.</summary>
internal sealed record FeedSet(IReportingSet Source, IEdmEntitySet EntitySet, IReadOnlyList<FeedColumn> Columns, FeedColumn Key)
{
    public string Name => Source.Name;

    public FeedColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
