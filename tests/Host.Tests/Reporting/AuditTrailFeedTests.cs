using System.Net;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>The AuditTrail set: every schema's trail in one set, paged and filtered in SQL, for the business team only.</summary>
public sealed class AuditTrailFeedTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    private const string EverySchema = """
        SELECT count(*) FROM (
            SELECT id FROM platform.audit_entries UNION ALL SELECT id FROM reviews.audit_entries
            UNION ALL SELECT id FROM recommendations.audit_entries UNION ALL SELECT id FROM audits.audit_entries
            UNION ALL SELECT id FROM training.audit_entries UNION ALL SELECT id FROM housing.audit_entries
            UNION ALL SELECT id FROM health.audit_entries UNION ALL SELECT id FROM sample.audit_entries) AS entries
        """;

    [Fact]
    public async Task The_business_team_pulls_every_modules_trail_page_by_page_each_entry_once()
    {
        var before = await feed.Database.ScalarAsync<long>(EverySchema);

        var pull = await FeedReader.AllAsync(feed.Feed(SignIn.Business), "/odata/AuditTrail?$count=true&$select=EntryId,Area", pageSize: 200);

        // Signing in and the pull itself are audited too, so the trail may grow while it is read.
        var after = await feed.Database.ScalarAsync<long>(EverySchema);
        before.ShouldBeGreaterThan(200);
        pull.Count!.Value.ShouldBeInRange(before, after);
        pull.Rows.Count.ShouldBeGreaterThanOrEqualTo((int)before);
        pull.Rows.Select(r => r.GetProperty("EntryId").GetGuid()).Distinct().Count().ShouldBe(pull.Rows.Count);
        pull.Rows.Select(r => r.GetProperty("Area").GetString()).ShouldContain("platform");
        pull.Rows.Select(r => r.GetProperty("Area").GetString()).ShouldContain("reviews");
    }

    [Fact]
    public async Task A_filter_on_the_area_and_the_action_is_answered_by_the_database()
    {
        var expected = await feed.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.audit_entries WHERE action = 'Created'");

        var pull = await FeedReader.AllAsync(feed.Feed(SignIn.Business), "/odata/AuditTrail?$filter=Area eq 'reviews' and Action eq 'Created'&$orderby=OccurredAt desc&$count=true");

        pull.Count.ShouldBe(expected);
        pull.Rows.ShouldAllBe(r => r.GetProperty("Area").GetString() == "reviews" && r.GetProperty("Action").GetString() == "Created");
        var times = pull.Rows.Select(r => r.GetProperty("OccurredAt").GetDateTimeOffset()).ToList();
        times.ShouldBe(times.OrderByDescending(t => t));
    }

    [Theory]
    [InlineData(SignIn.Analyst)]
    [InlineData(SignIn.Scrutineer)]
    [InlineData(SignIn.HealthLead)]
    public async Task Everyone_else_is_refused_with_an_odata_error(string email)
    {
        using var response = await feed.Feed(email).GetAsync(new Uri("/odata/AuditTrail?$top=1", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("message").GetString()
            .ShouldBe("AuditTrail is for the business team only.");
    }
}
