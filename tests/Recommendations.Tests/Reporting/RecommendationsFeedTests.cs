using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Reporting;

public sealed class RecommendationsFeedFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public PartnershipHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Host = new PartnershipHost(Database.ConnectionString, ReportingFeedClient.Settings);
        Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The Recommendations module's sets: the recommendations, and the key actions each lead agency owns.</summary>
public sealed class RecommendationsFeedTests(RecommendationsFeedFixture fixture) : IClassFixture<RecommendationsFeedFixture>
{
    private static Task<List<JsonElement>> RowsAsync(HttpClient client, string set, string query = "") => client.RowsAsync(set + query);

    [Theory]
    [InlineData("Recommendations", "RecommendationId", "DueOn", "Edm.Date")]
    [InlineData("Actions", "ActionId", "DueOn", "Edm.Date")]
    [InlineData("ActionStatusHistory", "ChangeId", "ChangedAt", "Edm.DateTimeOffset")]
    [InlineData("ProgressUpdates", "UpdateId", "ReportedOn", "Edm.Date")]
    public async Task The_set_is_in_the_metadata_with_its_key(string set, string key, string dateColumn, string dateType)
    {
        var metadata = XDocument.Parse(await fixture.Host.Feed(SignIn.Analyst).GetStringAsync(new Uri("/odata/$metadata", UriKind.Relative)));
        var entitySet = metadata.Descendants().Single(e => e.Name.LocalName == "EntitySet" && (string?)e.Attribute("Name") == set);
        var typeName = ((string)entitySet.Attribute("EntityType")!).Split('.').Last();
        var type = metadata.Descendants().Single(e => e.Name.LocalName == "EntityType" && (string?)e.Attribute("Name") == typeName);
        type.Descendants().Where(e => e.Name.LocalName == "PropertyRef").Select(e => (string?)e.Attribute("Name")).ShouldBe([key]);
        type.Elements().Single(e => e.Name.LocalName == "Property" && (string?)e.Attribute("Name") == key).Attribute("Type")!.Value.ShouldBe("Edm.Guid");
        type.Elements().Single(e => e.Name.LocalName == "Property" && (string?)e.Attribute("Name") == dateColumn).Attribute("Type")!.Value.ShouldBe(dateType);
    }

    [Fact]
    public async Task The_recommendations_are_published_with_their_source()
    {
        var rows = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "Recommendations");
        rows.ShouldNotBeEmpty();
        rows.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.recommendations"));
        rows.ShouldAllBe(r => !string.IsNullOrEmpty(r.GetProperty("SourceReference").GetString()));
    }

    [Fact]
    public async Task An_agency_lead_reads_only_the_actions_their_agency_leads_and_overdue_is_the_modules_rule()
    {
        var all = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "Actions");
        all.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.key_actions"));
        all.Select(r => r.GetProperty("LeadAgencyId").GetString()).Distinct().Count().ShouldBeGreaterThan(1);

        foreach (var lead in new[] { SignIn.HousingLead, SignIn.HealthLead, SignIn.PoliceLead })
        {
            var agency = (await fixture.Database.ScalarAsync<Guid>($"SELECT agency_id FROM platform.users WHERE email = '{lead}'")).ToString();
            var own = await RowsAsync(fixture.Host.Feed(lead), "Actions");
            own.ShouldAllBe(r => r.GetProperty("LeadAgencyId").GetString() == agency);
            own.Count.ShouldBe(all.Count(r => r.GetProperty("LeadAgencyId").GetString() == agency));
        }

        var overdue = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "Actions", "?$filter=IsOverdue");
        overdue.ShouldAllBe(r => r.GetProperty("ConfirmedStatus").GetString() != "Blue"
            && !(r.GetProperty("ConfirmedStatus").GetString() == "Green" && r.GetProperty("IsCompleted").GetBoolean()));
    }

    [Fact]
    public async Task Each_agency_reads_the_status_history_of_the_actions_it_leads()
    {
        var all = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "ActionStatusHistory");
        all.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.status_changes"));
        all.ShouldAllBe(r => !string.IsNullOrEmpty(r.GetProperty("ToStatus").GetString()));

        var agency = (await fixture.Database.ScalarAsync<Guid>($"SELECT agency_id FROM platform.users WHERE email = '{SignIn.HealthLead}'")).ToString();
        var own = await RowsAsync(fixture.Host.Feed(SignIn.HealthLead), "ActionStatusHistory");
        own.ShouldNotBeEmpty();
        own.ShouldAllBe(r => r.GetProperty("LeadAgencyId").GetString() == agency);
        own.Count.ShouldBe(all.Count(r => r.GetProperty("LeadAgencyId").GetString() == agency));
        (await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "ActionStatusHistory", "?$filter=FromStatus eq null")).Count
            .ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.status_changes WHERE from_status IS NULL"));
    }

    [Fact]
    public async Task Progress_updates_are_published_without_their_files_and_only_to_the_agency_that_recorded_them()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var actionId = await TestPlans.NewActionForAsync(business, lead, "Amber");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Training delivered to all named nurses."), "narrative" },
            { new StringContent(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "reportedOn" },
            { new StringContent("Green"), "proposedStatus" },
            { new StringContent("false"), "proposedCompleted" },
            { new ByteArrayContent("Attendance: 42 of 45."u8.ToArray()), "evidence", "attendance.txt" },
        };
        (await lead.PostAsync(new Uri($"/api/recommendations/actions/{actionId}/progress", UriKind.Relative), form)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var analysts = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "ProgressUpdates", $"?$filter=ActionId eq {actionId}");
        var update = analysts.ShouldHaveSingleItem();
        update.GetProperty("ProposedStatus").GetString().ShouldBe("Green");
        update.GetProperty("State").GetString().ShouldBe("AwaitingVerification");
        update.GetProperty("EvidenceFiles").GetInt32().ShouldBe(1);
        update.EnumerateObject().Select(p => p.Name).ShouldNotContain("Content");
        (await RowsAsync(fixture.Host.Feed(SignIn.HealthLead), "ProgressUpdates", $"?$filter=ActionId eq {actionId}")).ShouldHaveSingleItem();
        (await RowsAsync(fixture.Host.Feed(SignIn.PoliceLead), "ProgressUpdates", $"?$filter=ActionId eq {actionId}")).ShouldBeEmpty();
    }
}
