using System.Linq.Expressions;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>A set's rows the reader may read, its access rule applied by <see cref="QueryPlan.Readable"/>, with <paramref name="row"/> as the rule's row.</summary>
internal delegate IQueryable ReadableRows(FeedSet set, ParameterExpression row);
