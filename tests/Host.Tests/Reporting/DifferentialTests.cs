using System.Globalization;
using System.Text.RegularExpressions;
using Partnership.Modules.Sample;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>
/// Generated queries (filters, orderings, selections, $top, $skip and page sizes) run through the feed
/// in PostgreSQL and the same queries evaluated in C# over the same rows: the answers must be identical.
/// Some filters go through the navigation SameDay with any or all, and some pages expand it.
/// </summary>
public sealed partial class DifferentialTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    private sealed record Condition(string OData, Func<MeasurementRow, bool> Holds);

    private sealed record Ordering(string Column, Func<MeasurementRow, object?> Value);

    private static readonly Ordering[] Orderings =
    [
        new("Name", r => r.Name),
        new("Note", r => r.Note),
        new("Quantity", r => r.Quantity),
        new("Amount", r => r.Amount),
        new("Total", r => r.Total),
        new("Ratio", r => r.Ratio),
        new("MeasuredOn", r => r.MeasuredOn),
        new("ClosedOn", r => r.ClosedOn),
        new("MeasuredAt", r => r.MeasuredAt),
        new("IsOpen", r => r.IsOpen),
    ];

    private static readonly string[] Columns = ["AgencyId", "Name", "Note", "Amount", "Quantity", "Total", "Ratio", "MeasuredOn", "ClosedOn", "MeasuredAt", "IsOpen"];

    [Fact]
    public async Task Generated_queries_answer_as_the_same_queries_over_the_rows_in_memory()
    {
        var random = new Random(20261122);
        var client = feed.Feed();
        var days = feed.Rows.OrderBy(r => r.MeasurementId).ToLookup(r => r.MeasuredOn);
        for (var i = 0; i < 300; i++)
        {
            var condition = random.Next(5) == 0 ? null : Combine(random, 1 + random.Next(3), days);
            var order = Enumerable.Range(0, random.Next(4)).Select(_ => (Orderings[random.Next(Orderings.Length)], Descending: random.Next(2) == 0))
                .DistinctBy(o => o.Item1.Column).ToList();
            var selected = random.Next(3) == 0 ? null : Columns.Where(_ => random.Next(3) == 0).Prepend("MeasurementId").ToList();
            int? top = random.Next(3) == 0 ? random.Next(0, 250) : null;
            int? skip = random.Next(4) == 0 ? random.Next(0, 120) : null;
            var pageSize = random.Next(50, 500);
            var expand = random.Next(4) == 0;

            var options = new List<string> { "$count=true" };
            if (condition is not null)
            {
                options.Add("$filter=" + Uri.EscapeDataString(condition.OData));
            }
            if (order.Count > 0)
            {
                options.Add("$orderby=" + Uri.EscapeDataString(string.Join(",", order.Select(o => o.Item1.Column + (o.Descending ? " desc" : (random.Next(2) == 0 ? " asc" : ""))))));
            }
            if (selected is not null)
            {
                options.Add("$select=" + string.Join(",", selected));
            }
            if (top is not null)
            {
                options.Add($"$top={top}");
            }
            if (expand)
            {
                options.Add("$expand=SameDay($select=MeasurementId)");
            }
            if (skip is not null)
            {
                options.Add($"$skip={skip}");
            }
            var url = "/odata/Measurements?" + string.Join("&", options);

            var matching = feed.Rows.Where(r => condition?.Holds(r) ?? true).ToList();
            IEnumerable<MeasurementRow> expected = matching.Order(new RowOrder(order)).Skip(skip ?? 0);
            if (top is not null)
            {
                expected = expected.Take(top.Value);
            }

            var pull = await FeedReader.AllAsync(client, url, pageSize);

            pull.Ids().ShouldBe(expected.Select(r => r.MeasurementId).ToList(), url);
            pull.Count.ShouldBe(matching.Count, url);
            var names = selected is null ? Columns.Prepend("MeasurementId").ToHashSet() : selected.ToHashSet();
            if (expand)
            {
                names.Add("SameDay");
                foreach (var row in pull.Rows)
                {
                    var day = feed.Rows.Single(r => r.MeasurementId == row.GetProperty("MeasurementId").GetInt32()).MeasuredOn;
                    row.GetProperty("SameDay").EnumerateArray().Select(r => r.GetProperty("MeasurementId").GetInt32()).ShouldBe(days[day].Select(r => r.MeasurementId), url);
                }
            }
            pull.Rows.ShouldAllBe(r => r.EnumerateObject().Select(p => p.Name).ToHashSet().SetEquals(names), url);
        }
    }

    private static Condition Combine(Random random, int atoms, ILookup<DateOnly, MeasurementRow> days)
    {
        var condition = AtomOrLambda(random, days);
        for (var i = 1; i < atoms; i++)
        {
            var next = AtomOrLambda(random, days);
            var (left, right) = (condition, next);
            condition = random.Next(2) == 0
                ? new Condition($"({left.OData}) and ({right.OData})", r => left.Holds(r) && right.Holds(r))
                : new Condition($"({left.OData}) or ({right.OData})", r => left.Holds(r) || right.Holds(r));
        }
        if (random.Next(6) == 0)
        {
            var inner = condition;
            condition = new Condition($"not ({inner.OData})", r => !inner.Holds(r));
        }
        return condition;
    }

    private static Condition AtomOrLambda(Random random, ILookup<DateOnly, MeasurementRow> days)
    {
        if (random.Next(4) != 0)
        {
            return Atom(random);
        }
        var inner = Atom(random);
        var body = ColumnName().Replace(inner.OData, "m/$1");
        return random.Next(2) == 0
            ? new($"SameDay/any(m: {body})", r => days[r.MeasuredOn].Any(inner.Holds))
            : new($"SameDay/all(m: {body})", r => days[r.MeasuredOn].All(inner.Holds));
    }

    // A column name outside a text literal: the literals Atom writes are never column names.
    [GeneratedRegex(@"\b(Quantity|Amount|Total|MeasuredOn|ClosedOn|MeasuredAt|Name|IsOpen|Note|Ratio)\b")]
    private static partial Regex ColumnName();

    private static Condition Atom(Random random)
    {
        var (op, compare) = Operators[random.Next(Operators.Length)];
        switch (random.Next(10))
        {
            case 0:
                var quantity = random.Next(-30, 210);
                return new($"Quantity {op} {quantity}", r => r.Quantity is { } q ? compare(q.CompareTo(quantity)) : op == "ne");
            case 1:
                var amount = Math.Round((decimal)random.NextDouble() * 2000m - 500m, 2);
                return new($"Amount {op} {amount.ToString(CultureInfo.InvariantCulture)}", r => compare(r.Amount.CompareTo(amount)));
            case 2:
                var total = random.NextInt64(-5_000_000_000, 5_000_000_000);
                return new($"Total {op} {total}", r => compare(r.Total.CompareTo(total)));
            case 3:
                var day = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 1500));
                return new($"MeasuredOn {op} {day:yyyy-MM-dd}", r => compare(r.MeasuredOn.CompareTo(day)));
            case 4:
                var closed = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 1500));
                return new($"ClosedOn {op} {closed:yyyy-MM-dd}", r => r.ClosedOn is { } c ? compare(c.CompareTo(closed)) : op == "ne");
            case 5:
                var instant = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.FromHours(random.Next(-5, 6))).AddMinutes(random.Next(0, 2_000_000));
                return new($"MeasuredAt {op} {instant:yyyy-MM-ddTHH:mm:sszzz}", r => compare(r.MeasuredAt.CompareTo(instant)));
            case 6:
                var name = new[] { "Alpha", "beta", "Eta", "mu", "Omega" }[random.Next(5)];
                return new($"Name {op} '{name}'", r => compare(Math.Sign(string.CompareOrdinal(r.Name, name))));
            case 7:
                var fragment = new[] { "a", "ta", "E", "mm", " " }[random.Next(5)];
                return random.Next(2) == 0
                    ? new($"contains(Name,'{fragment}')", r => r.Name.Contains(fragment, StringComparison.Ordinal))
                    : new($"startswith(Name,'{fragment}')", r => r.Name.StartsWith(fragment, StringComparison.Ordinal));
            case 8:
                return random.Next(2) == 0 ? new("IsOpen", r => r.IsOpen) : new("Note eq null", r => r.Note is null);
            default:
                var ratio = Math.Round(random.NextDouble() * 10, 2);
                return new($"Ratio {op} {ratio.ToString("0.0#", CultureInfo.InvariantCulture)}", r => r.Ratio is { } x ? compare(x.CompareTo(ratio)) : op == "ne");
        }
    }

    private static readonly (string Op, Func<int, bool> Holds)[] Operators =
    [
        ("eq", c => c == 0), ("ne", c => c != 0), ("gt", c => c > 0), ("ge", c => c >= 0), ("lt", c => c < 0), ("le", c => c <= 0),
    ];

    /// <summary>PostgreSQL's order: nulls last ascending and first descending, text by code point, then the key.</summary>
    private sealed class RowOrder(List<(Ordering Ordering, bool Descending)> terms) : IComparer<MeasurementRow>
    {
        public int Compare(MeasurementRow? x, MeasurementRow? y)
        {
            foreach (var (ordering, descending) in terms)
            {
                var a = ordering.Value(x!);
                var b = ordering.Value(y!);
                var c = a is null && b is null ? 0
                    : a is null ? 1
                    : b is null ? -1
                    : a is string s ? Math.Sign(string.CompareOrdinal(s, (string)b))
                    : ((IComparable)a).CompareTo(b);
                if (c != 0)
                {
                    return descending ? -c : c;
                }
            }
            return x!.MeasurementId.CompareTo(y!.MeasurementId);
        }
    }
}
