using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Calendar;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Reporting;

/// <summary>The ReviewDeadlines set: the statutory clock worked out in SQL, which must say what the screens' clock says.</summary>
public sealed class ReviewDeadlinesFeedTests(ReviewDeadlinesFeedFixture fixture) : IClassFixture<ReviewDeadlinesFeedFixture>
{
    private static Task<List<JsonElement>> RowsAsync(HttpClient client, string query = "") => client.RowsAsync("ReviewDeadlines" + query);

    private static string Line(JsonElement row) =>
        string.Join(" | ",
            row.GetProperty("ReviewId").GetString(),
            row.GetProperty("Deadline").GetString(),
            row.GetProperty("Rule").GetString(),
            row.GetProperty("DueOn").GetString(),
            row.GetProperty("MetOn").ValueKind == JsonValueKind.Null ? "-" : row.GetProperty("MetOn").GetString(),
            row.GetProperty("Status").GetString(),
            row.GetProperty("DaysHeld").GetInt32());

    private async Task<List<string>> ClockLinesAsync()
    {
        var today = UkTime.Today(fixture.Time);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var reviews = await scope.ServiceProvider.GetRequiredService<ReviewsDbContext>().Reviews.AsNoTracking().Include(r => r.Holds).ToListAsync();
        return [.. reviews
            .SelectMany(review => StatutoryClock.For(review, today, WorkingDaysCalendar.EnglandAndWales).Select(d => string.Join(" | ",
                review.Id, d.Kind, d.Rule, d.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.MetOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", d.Status, d.DaysHeld)))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Every_reviews_deadlines_are_what_the_statutory_clock_says_on_every_day_through_christmas()
    {
        var analyst = fixture.Host.Feed(SignIn.Analyst);
        var statuses = new HashSet<string>();
        var moved = TimeSpan.Zero;
        try
        {
            // From Tuesday 1 December 2026 past the Christmas and New Year bank holidays, a day at a time.
            for (var day = 0; day < 40; day++)
            {
                var feed = await RowsAsync(analyst);
                feed.Select(Line).Order(StringComparer.Ordinal).ShouldBe(await ClockLinesAsync(), ignoreOrder: false, customMessage: $"on {UkTime.Today(fixture.Time)}");
                statuses.UnionWith(feed.Select(r => r.GetProperty("Status").GetString()!));
                fixture.Time.Advance(TimeSpan.FromDays(1));
                moved += TimeSpan.FromDays(1);
            }
        }
        finally
        {
            fixture.Time.Advance(-moved);
        }

        statuses.ShouldBe(Enum.GetNames<DeadlineStatus>(), ignoreOrder: true);
    }

    [Fact]
    public async Task Moving_a_review_on_through_the_api_changes_its_deadlines_in_the_feed()
    {
        var analyst = fixture.Host.Feed(SignIn.Analyst);
        var police = await fixture.Database.AgencyAsync("Lancashire Constabulary");
        var id = await fixture.AddCaseReviewAsync("RR-2026-50", "RapidReview", "2026-11-16", "2026-11-18", [police]);
        async Task<Dictionary<string, JsonElement>> DeadlinesAsync() =>
            (await RowsAsync(analyst, "?$filter=" + Uri.EscapeDataString($"ReviewId eq {id}"))).ToDictionary(r => r.GetProperty("Deadline").GetString()!);

        var opened = await DeadlinesAsync();
        opened.Keys.ShouldBe(["Notification", "RapidReview"], ignoreOrder: true);
        opened["RapidReview"].GetProperty("DueOn").GetString().ShouldBe("2026-12-09");
        opened["RapidReview"].GetProperty("Status").GetString().ShouldBe("OnTime");

        await fixture.DecideAsync(id, "2026-11-27", "2026-11-30");

        var decided = await DeadlinesAsync();
        decided["RapidReview"].GetProperty("MetOn").GetString().ShouldBe("2026-11-27");
        decided["RapidReview"].GetProperty("Status").GetString().ShouldBe("Met");
        decided["Publication"].GetProperty("DueOn").GetString().ShouldBe("2027-05-30");
        decided["Publication"].GetProperty("Status").GetString().ShouldBe("OnTime");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.review_deadlines WHERE review_id = '{id}'")).ShouldBe(3);
    }

    [Fact]
    public async Task An_agency_lead_reads_the_deadlines_of_their_agencys_reviews_only()
    {
        var all = await RowsAsync(fixture.Host.Feed(SignIn.Analyst));
        var housing = await RowsAsync(fixture.Host.Feed(SignIn.HousingLead));
        var involved = (await fixture.Database.ColumnAsync(
            "SELECT ra.review_id::text FROM reviews.review_agencies ra JOIN platform.users u ON u.agency_id = ra.agency_id WHERE u.email = 'housing.lead@demo.example'")).ToHashSet();

        housing.ShouldNotBeEmpty();
        housing.ShouldAllBe(r => involved.Contains(r.GetProperty("ReviewId").GetString()!));
        housing.Count.ShouldBe(all.Count(r => involved.Contains(r.GetProperty("ReviewId").GetString()!)));
        housing.ShouldNotContain(r => r.GetProperty("ReviewId").GetString() == fixture.PoliceOnlyReview.ToString());
        (await RowsAsync(fixture.Host.Feed(SignIn.PoliceLead))).ShouldContain(r => r.GetProperty("ReviewId").GetString() == fixture.PoliceOnlyReview.ToString());
    }

    [Fact]
    public async Task Status_and_due_date_filter_in_the_feed()
    {
        var analyst = fixture.Host.Feed(SignIn.Analyst);
        var all = await RowsAsync(analyst);

        var overdue = await RowsAsync(analyst, "?$filter=" + Uri.EscapeDataString("Status eq 'Overdue'") + "&$orderby=DueOn,ReviewDeadlineId");
        overdue.ShouldNotBeEmpty();
        overdue.Select(Line).ShouldBe(all.Where(r => r.GetProperty("Status").GetString() == "Overdue")
            .OrderBy(r => r.GetProperty("DueOn").GetString(), StringComparer.Ordinal).ThenBy(r => r.GetProperty("ReviewDeadlineId").GetString(), StringComparer.Ordinal).Select(Line));

        var dueInDecember = await RowsAsync(analyst, "?$filter=" + Uri.EscapeDataString("DueOn ge 2026-12-01 and DueOn lt 2027-01-01 and Status ne 'Met'"));
        dueInDecember.Select(Line).Order(StringComparer.Ordinal).ShouldBe(all
            .Where(r => string.CompareOrdinal(r.GetProperty("DueOn").GetString(), "2026-12-01") >= 0 && string.CompareOrdinal(r.GetProperty("DueOn").GetString(), "2027-01-01") < 0)
            .Where(r => r.GetProperty("Status").GetString() != "Met")
            .Select(Line).Order(StringComparer.Ordinal));
        dueInDecember.ShouldContain(r => r.GetProperty("Status").GetString() == "DueSoon");
    }

    [Fact]
    public async Task A_start_fills_in_and_corrects_the_deadlines_of_reviews_saved_before_they_were_kept()
    {
        var expected = await RowsAsync(fixture.Host.Feed(SignIn.Analyst));
        await fixture.Database.ScalarAsync<int>("""
            WITH gone AS (DELETE FROM reviews.review_deadlines WHERE kind <> 'Publication' RETURNING 1)
            UPDATE reviews.review_deadlines SET due_on = due_on + 7, due_soon_from = due_soon_from + 7 WHERE kind = 'Publication' RETURNING 1
            """);

        await using (var restarted = new PartnershipHost(fixture.Database.ConnectionString, new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(fixture.Time)))
        {
            restarted.CreateClient();
        }

        (await RowsAsync(fixture.Host.Feed(SignIn.Analyst))).Select(Line).Order(StringComparer.Ordinal)
            .ShouldBe(expected.Select(Line).Order(StringComparer.Ordinal));
    }
}
