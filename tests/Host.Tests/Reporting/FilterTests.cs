using Partnership.Modules.Sample;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>
/// Every operator and function of $filter, run in PostgreSQL through the feed (in pages of 64) and
/// compared with the same condition written in C# over the same rows.
/// </summary>
public sealed class FilterTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    private static readonly Dictionary<string, Func<MeasurementRow, bool>> Cases = new()
    {
        ["Quantity eq 5"] = r => r.Quantity == 5,
        ["Quantity ne 5"] = r => r.Quantity != 5,
        ["Quantity gt 50"] = r => r.Quantity > 50,
        ["Quantity ge 50"] = r => r.Quantity >= 50,
        ["Quantity lt 0"] = r => r.Quantity < 0,
        ["Quantity le 0"] = r => r.Quantity <= 0,
        ["Quantity eq null"] = r => r.Quantity == null,
        ["Note ne null"] = r => r.Note != null,
        ["ClosedOn eq null and IsOpen"] = r => r.ClosedOn == null && r.IsOpen,
        ["IsOpen eq false or Quantity gt 100"] = r => !r.IsOpen || r.Quantity > 100,
        ["not (Quantity gt 50)"] = r => !(r.Quantity > 50),
        ["not IsOpen"] = r => !r.IsOpen,
        ["Total gt 1000000000"] = r => r.Total > 1_000_000_000,
        ["Amount ge 100.25"] = r => r.Amount >= 100.25m,
        ["Amount lt -100"] = r => r.Amount < -100,
        ["Ratio gt 5.5"] = r => r.Ratio > 5.5,
        ["Amount sub 10.5 lt 0"] = r => r.Amount - 10.5m < 0,
        ["Amount mul 2 gt 1000"] = r => r.Amount * 2 > 1000,
        ["Amount div 4 lt 10"] = r => r.Amount / 4 < 10,
        ["Quantity add 1 gt 100"] = r => r.Quantity + 1 > 100,
        ["Quantity mod 7 eq 3"] = r => r.Quantity % 7 == 3,
        ["Total div 1000000000 eq 2"] = r => r.Total / 1_000_000_000 == 2,
        ["-Quantity gt 10"] = r => -r.Quantity > 10,
        ["Name in ('Alpha','beta','nothing')"] = r => r.Name is "Alpha" or "beta" or "nothing",
        ["Quantity in (1,2,3,50)"] = r => r.Quantity is 1 or 2 or 3 or 50,
        ["Name gt 'beta'"] = r => string.CompareOrdinal(r.Name, "beta") > 0,
        ["Name le 'Eta'"] = r => string.CompareOrdinal(r.Name, "Eta") <= 0,
        ["contains(Name,'a')"] = r => r.Name.Contains('a', StringComparison.Ordinal),
        ["contains(Note,'ta 1')"] = r => r.Note is not null && r.Note.Contains("ta 1", StringComparison.Ordinal),
        ["startswith(Name,'E')"] = r => r.Name.StartsWith('E'),
        ["endswith(Name,'a')"] = r => r.Name.EndsWith('a'),
        ["tolower(Name) eq 'alpha'"] = r => string.Equals(r.Name.ToLowerInvariant(), "alpha", StringComparison.Ordinal),
        ["toupper(Name) eq 'BETA'"] = r => string.Equals(r.Name.ToUpperInvariant(), "BETA", StringComparison.Ordinal),
        ["trim(Name) eq 'delta'"] = r => r.Name.Trim() == "delta",
        ["length(Name) gt 5"] = r => r.Name.Length > 5,
        ["length(Note) eq 8"] = r => r.Note?.Length == 8,
        ["indexof(Name,'a') eq 1"] = r => r.Name.IndexOf('a', StringComparison.Ordinal) == 1,
        ["substring(Name,1) eq 'lpha'"] = r => r.Name.Length >= 1 && r.Name[1..] == "lpha",
        ["substring(Name,1,2) eq 'ta'"] = r => r.Name.Length >= 3 && r.Name.Substring(1, 2) == "ta",
        ["concat(Name,'x') eq 'Alphax'"] = r => r.Name + "x" == "Alphax",
        ["concat(concat(Name,' '),Name) eq 'mu mu'"] = r => r.Name + " " + r.Name == "mu mu",
        ["year(MeasuredOn) eq 2021"] = r => r.MeasuredOn.Year == 2021,
        ["month(MeasuredOn) eq 2"] = r => r.MeasuredOn.Month == 2,
        ["day(MeasuredOn) eq 29"] = r => r.MeasuredOn.Day == 29,
        ["year(ClosedOn) eq 2022"] = r => r.ClosedOn?.Year == 2022,
        ["year(MeasuredAt) eq 2023"] = r => r.MeasuredAt.UtcDateTime.Year == 2023,
        ["month(MeasuredAt) eq 12"] = r => r.MeasuredAt.UtcDateTime.Month == 12,
        ["day(MeasuredAt) eq 1"] = r => r.MeasuredAt.UtcDateTime.Day == 1,
        ["hour(MeasuredAt) eq 5"] = r => r.MeasuredAt.UtcDateTime.Hour == 5,
        ["minute(MeasuredAt) lt 3"] = r => r.MeasuredAt.UtcDateTime.Minute < 3,
        ["second(MeasuredAt) eq 30"] = r => r.MeasuredAt.UtcDateTime.Second == 30,
        ["date(MeasuredAt) eq 2022-03-04"] = r => DateOnly.FromDateTime(r.MeasuredAt.UtcDateTime) == new DateOnly(2022, 3, 4),
        ["date(MeasuredAt) lt 2021-06-01"] = r => DateOnly.FromDateTime(r.MeasuredAt.UtcDateTime) < new DateOnly(2021, 6, 1),
        ["MeasuredAt lt now() and Quantity gt 150"] = r => r.MeasuredAt < DateTimeOffset.UtcNow && r.Quantity > 150,
        ["round(Amount) eq 100"] = r => Math.Round(r.Amount, MidpointRounding.AwayFromZero) == 100,
        ["floor(Amount) eq -1"] = r => Math.Floor(r.Amount) == -1,
        ["ceiling(Amount) eq 10"] = r => Math.Ceiling(r.Amount) == 10,
        ["floor(Ratio) eq 3"] = r => r.Ratio is { } ratio && Math.Floor(ratio) == 3,
        ["MeasuredOn gt 2021-02-03"] = r => r.MeasuredOn > new DateOnly(2021, 2, 3),
        ["MeasuredOn eq 2021-02-03"] = r => r.MeasuredOn == new DateOnly(2021, 2, 3),
        ["ClosedOn le 2020-06-30"] = r => r.ClosedOn <= new DateOnly(2020, 6, 30),
        ["MeasuredOn gt 2021-02-03T00:00:00+01:00"] = r => r.MeasuredOn > new DateOnly(2021, 2, 3),
        ["MeasuredOn ge 2021-02-03T00:00:00+01:00"] = r => r.MeasuredOn >= new DateOnly(2021, 2, 3),
        ["MeasuredOn lt 2021-02-03T10:00:00-05:00"] = r => r.MeasuredOn <= new DateOnly(2021, 2, 3),
        ["MeasuredOn le 2021-02-03T00:00:00Z"] = r => r.MeasuredOn <= new DateOnly(2021, 2, 3),
        ["MeasuredAt gt 2022-01-01T00:00:00+01:00"] = r => r.MeasuredAt > new DateTimeOffset(2021, 12, 31, 23, 0, 0, TimeSpan.Zero),
        ["MeasuredAt le 2021-06-30T23:30:00-02:00"] = r => r.MeasuredAt <= new DateTimeOffset(2021, 7, 1, 1, 30, 0, TimeSpan.Zero),
        ["(Quantity gt 10 and Quantity lt 20) or (Amount gt 1000 and not IsOpen)"] = r => (r.Quantity > 10 && r.Quantity < 20) || (r.Amount > 1000 && !r.IsOpen),
    };

    public static TheoryData<string> Filters => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_returns_exactly_the_rows_its_condition_holds_for(string filter)
    {
        var expected = feed.Rows.Where(Cases[filter]).Select(r => r.MeasurementId).Order().ToList();

        var pull = await FeedReader.AllAsync(feed.Feed(), "/odata/Measurements?$count=true&$filter=" + Uri.EscapeDataString(filter), pageSize: 64);

        pull.Ids().ShouldBe(expected, filter);
        pull.Count.ShouldBe(expected.Count, "@odata.count is the filtered total");
        expected.Count.ShouldBeLessThan(feed.Rows.Count, $"{filter} should not hold for every row");
    }
}
