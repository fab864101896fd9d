using System.Linq.Expressions;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// An expanded navigation: what is read of the related rows, at most <see cref="Bound"/> of them per
/// row, and <see cref="Rows"/>, the correlated sub-query that gives them as a list of value arrays.
/// </summary>
internal sealed record FeedExpansion(FeedNavigation Navigation, Selection Selection, int Bound, Expression Rows);
