using System.Text.Json;
using System.Xml.Linq;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Reporting;

/// <summary>The Reviews module's other sets: themes, the review–theme bridge, learning, the agencies' reports and the deadlines.</summary>
public sealed class ReviewsSetsFeedTests(ReviewsFeedFixture fixture) : IClassFixture<ReviewsFeedFixture>
{
    private static Task<List<JsonElement>> RowsAsync(HttpClient client, string set, string query = "") => client.RowsAsync(set + query);

    [Theory]
    [InlineData("Themes", "ThemeId", "Edm.Guid")]
    [InlineData("ReviewThemes", "ReviewThemeId", "Edm.String")]
    [InlineData("LearningItems", "LearningItemId", "Edm.Guid")]
    [InlineData("AgencyReports", "AgencyReportId", "Edm.Guid")]
    [InlineData("ReviewDeadlines", "ReviewDeadlineId", "Edm.String")]
    public async Task The_set_is_in_the_metadata_with_its_key(string set, string key, string keyType)
    {
        var metadata = XDocument.Parse(await fixture.Host.Feed(SignIn.Analyst).GetStringAsync(new Uri("/odata/$metadata", UriKind.Relative)));
        var entitySet = metadata.Descendants().Single(e => e.Name.LocalName == "EntitySet" && (string?)e.Attribute("Name") == set);
        var typeName = ((string)entitySet.Attribute("EntityType")!).Split('.').Last();
        var type = metadata.Descendants().Single(e => e.Name.LocalName == "EntityType" && (string?)e.Attribute("Name") == typeName);
        type.Descendants().Where(e => e.Name.LocalName == "PropertyRef").Select(e => (string?)e.Attribute("Name")).ShouldBe([key]);
        type.Elements().Single(e => e.Name.LocalName == "Property" && (string?)e.Attribute("Name") == key).Attribute("Type")!.Value.ShouldBe(keyType);
    }

    [Fact]
    public async Task Themes_and_learning_are_published_in_full_to_an_analyst()
    {
        var analyst = fixture.Host.Feed(SignIn.Analyst);
        (await RowsAsync(analyst, "Themes")).Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.themes"));
        var tags = await RowsAsync(analyst, "ReviewThemes");
        tags.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.review_themes"));
        tags.ShouldAllBe(t => t.GetProperty("ReviewThemeId").GetString() == t.GetProperty("ReviewId").GetString() + "/" + t.GetProperty("ThemeId").GetString());
        var learning = await RowsAsync(analyst, "LearningItems");
        learning.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.learning_items"));
        learning.ShouldNotBeEmpty();
        learning.ShouldAllBe(l => l.GetProperty("Kind").GetString() == "KeyLearning" || l.GetProperty("Kind").GetString() == "GoodPractice");
    }

    [Fact]
    public async Task An_agency_lead_reads_the_tags_and_learning_of_their_agencys_reviews_only()
    {
        var housing = fixture.Host.Feed(SignIn.HousingLead);
        const string involved = "SELECT ra.review_id FROM reviews.review_agencies ra JOIN platform.users u ON u.agency_id = ra.agency_id WHERE u.email = 'housing.lead@demo.example'";
        (await RowsAsync(housing, "ReviewThemes")).Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.review_themes WHERE review_id IN ({involved})"));
        (await RowsAsync(housing, "LearningItems")).Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.learning_items WHERE review_id IN ({involved})"));
    }

    [Fact]
    public async Task An_agency_lead_reads_only_their_own_agencys_reports()
    {
        var all = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "AgencyReports");
        all.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.agency_reports"));
        all.Select(r => r.GetProperty("AgencyId").GetString()).Distinct().Count().ShouldBeGreaterThan(1);

        foreach (var lead in new[] { SignIn.HousingLead, SignIn.HealthLead, SignIn.PoliceLead })
        {
            var agency = (await fixture.Database.ScalarAsync<Guid>($"SELECT agency_id FROM platform.users WHERE email = '{lead}'")).ToString();
            var own = await RowsAsync(fixture.Host.Feed(lead), "AgencyReports");
            own.ShouldAllBe(r => r.GetProperty("AgencyId").GetString() == agency);
            own.Count.ShouldBe(all.Count(r => r.GetProperty("AgencyId").GetString() == agency));
        }

        var late = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "AgencyReports", "?$filter=IsLate");
        late.ShouldAllBe(r => r.GetProperty("State").GetString() == "Requested" || r.GetProperty("State").GetString() == "ChangesRequested");
    }
}
