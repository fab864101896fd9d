using System.Net;
using System.Net.Http.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Panel;

public sealed class PanelTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_business_team_adds_and_removes_panel_members_and_the_panel_keeps_its_history()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var leo = await ApiSteps.ReviewIdAsync(fixture.Database, "CSPR-2019-05");
        var hospital = await ApiSteps.AgencyIdAsync(fixture.Database, "East Lancashire Hospitals Trust");

        var nameless = await business.PostAsJsonAsync($"/api/reviews/{leo}/panel", new { role = "Member", agencyId = hospital });
        nameless.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nameless.Content.ReadAsStringAsync()).ShouldContain("Enter the panel member's name");
        var member = await business.PostAsJsonAsync($"/api/reviews/{leo}/panel", new { name = "Dr Nadia Shah", position = "Named Doctor", agencyId = hospital, role = "Member" });
        member.StatusCode.ShouldBe(HttpStatusCode.Created, await member.Content.ReadAsStringAsync());
        var chair = await business.PostAsJsonAsync($"/api/reviews/{leo}/panel", new { name = "Ruth Ellis", role = "Chair" });
        chair.StatusCode.ShouldBe(HttpStatusCode.Created);
        var chairId = (await chair.JsonAsync()).GetProperty("id").GetGuid();
        var secondChair = await business.PostAsJsonAsync($"/api/reviews/{leo}/panel", new { name = "Someone Else", role = "Chair" });
        secondChair.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secondChair.Content.ReadAsStringAsync()).ShouldContain("Ruth Ellis is already the review's independent chair");
        (await business.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/reviews/{leo}")).GetProperty("chair").GetString().ShouldBe("Ruth Ellis");

        var panel = await business.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/reviews/{leo}/panel");
        var version = panel.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == chairId).GetProperty("version").GetUInt32();
        var removed = await business.PostAsJsonAsync($"/api/reviews/{leo}/panel/{chairId}/removal", new { version });
        removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        var again = await business.PostAsJsonAsync($"/api/reviews/{leo}/panel/{chairId}/removal", new { version });
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        panel = await business.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/reviews/{leo}/panel");
        panel.GetArrayLength().ShouldBe(2);
        var past = panel.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == chairId);
        past.GetProperty("current").GetBoolean().ShouldBeFalse();
        past.GetProperty("removedBy").GetString().ShouldBe(SignIn.Business);
        past.GetProperty("removedOn").GetString().ShouldNotBeNull();
        panel.EnumerateArray().Single(m => m.GetProperty("current").GetBoolean()).GetProperty("agency").GetString().ShouldBe("East Lancashire Hospitals Trust");
        (await business.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/reviews/{leo}")).GetProperty("chair").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Agencies_read_the_panel_of_their_reviews_and_only_the_business_team_changes_it()
    {
        var leo = await ApiSteps.ReviewIdAsync(fixture.Database, "CSPR-2019-05");
        var ofsted = await ApiSteps.ReviewIdAsync(fixture.Database, "OFSTED-2011-12");
        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var scrutineer = await fixture.Host.SignedInAsync(SignIn.Scrutineer);

        (await lead.GetAsync(new Uri($"/api/reviews/{leo}/panel", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await police.GetAsync(new Uri($"/api/reviews/{ofsted}/panel", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lead.PostAsJsonAsync($"/api/reviews/{leo}/panel", new { name = "X", role = "Member" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scrutineer.PostAsJsonAsync($"/api/reviews/{leo}/panel", new { name = "X", role = "Member" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.panel_members WHERE name = 'X'")).ShouldBe(0);
    }

    [Fact]
    public async Task The_child_h_panel_comes_from_the_review_report_with_its_chair_and_author()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var childH = await ApiSteps.ReviewIdAsync(fixture.Database, "SCR-2010-01");

        var panel = await business.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/reviews/{childH}/panel");

        panel.GetArrayLength().ShouldBe(11);
        var review = await business.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/reviews/{childH}");
        review.GetProperty("chair").GetString().ShouldBe("Mick Muir");
        review.GetProperty("author").GetString().ShouldBe("Peter Maddocks");
    }

    [Fact]
    public async Task A_new_review_s_chair_and_author_are_its_first_panel_members()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var created = await business.PostAsJsonAsync("/api/reviews", new { reference = "TR-2024-07", type = "ThematicReview", subject = "Neglect", commissionedOn = "2024-01-08", chair = "Helen Marsh", author = "Tom Reid" });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        var panel = await business.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/reviews/{id}/panel");

        panel.EnumerateArray().Select(m => (m.GetProperty("name").GetString(), m.GetProperty("role").GetString()))
            .ShouldBe([("Helen Marsh", "Chair"), ("Tom Reid", "Author")]);
    }

    [Fact]
    public async Task Two_people_adding_a_chair_at_once_leave_one_chair_and_the_other_is_told_why()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var created = await business.PostAsJsonAsync("/api/reviews", new { reference = "TR-2024-11", type = "ThematicReview", subject = "Race", commissionedOn = "2024-02-05" });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(async n =>
        {
            var client = await fixture.Host.SignedInAsync(SignIn.Business);
            return await client.PostAsJsonAsync($"/api/reviews/{id}/panel", new { name = $"Chair {n}", role = "Chair" });
        }));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).ShouldAllBe(a => a.StatusCode == HttpStatusCode.BadRequest);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.panel_members WHERE review_id = '{id}' AND role = 'Chair' AND removed_on IS NULL")).ShouldBe(1);
    }
}
