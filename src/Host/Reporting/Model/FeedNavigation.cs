using Microsoft.OData.Edm;

namespace Partnership.Host.Reporting.Model;

/// <summary>
/// A navigation of a set as the feed serves it: the target set's rows whose <see cref="TargetColumn"/>
/// equals the source row's <see cref="SourceColumn"/>.
/// </summary>
internal sealed record FeedNavigation(string Name, FeedSet Target, FeedColumn SourceColumn, FeedColumn TargetColumn, bool IsCollection, IEdmNavigationProperty EdmProperty);
