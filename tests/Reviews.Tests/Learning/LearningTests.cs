using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Learning;

public sealed class LearningTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_business_team_tags_a_review_and_a_retired_theme_stays_on_it_but_cannot_be_added()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var police = await fixture.Database.AgencyAsync("Lancashire Constabulary");
        var review = await business.AddReviewAsync("LT-1", "ThematicReview", "Missing from home", new DateOnly(2024, 1, 8), [police]);
        var retiring = (await (await business.PostAsJsonAsync("/api/reviews/themes", new { name = "Runaways" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await business.TagAsync(review, ReviewsApi.Theme("Neglect"), retiring);
        (await business.PostAsJsonAsync($"/api/reviews/themes/{retiring}/retire", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await business.TagAsync(review, ReviewsApi.Theme("Neglect"), retiring, ReviewsApi.Theme("Escalation"));

        var themes = await business.GetFromJsonAsync<JsonElement>($"/api/reviews/{review}/themes");
        themes.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["Escalation", "Neglect", "Runaways"]);
        var other = await business.AddReviewAsync("LT-2", "ThematicReview", "Missing from care", new DateOnly(2024, 1, 8), [police]);
        var refused = await business.PutAsJsonAsync($"/api/reviews/{other}/themes", new { themeIds = new[] { retiring } });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Runaways is retired");
        (await business.PutAsJsonAsync($"/api/reviews/{other}/themes", new { themeIds = new[] { Guid.NewGuid() } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.review_themes WHERE review_id = '{other}'")).ShouldBe(0);

        var page = await business.GetStringAsync(new Uri($"/reviews/review/{review}", UriKind.Relative));
        page.ShouldContain("Runaways</a> (retired)");
        page.ShouldContain("Change the themes");
    }

    [Fact]
    public async Task A_stale_copy_of_a_reviews_themes_gets_a_conflict()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var review = await business.AddReviewAsync("LT-3", "PeerReview", "Early help", new DateOnly(2024, 2, 1), []);
        var version = (await business.GetFromJsonAsync<JsonElement>($"/api/reviews/{review}/themes")).GetProperty("version").GetUInt32();

        (await business.PutAsJsonAsync($"/api/reviews/{review}/themes", new { themeIds = new[] { ReviewsApi.Theme("Think family") }, version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await business.PutAsJsonAsync($"/api/reviews/{review}/themes", new { themeIds = new[] { ReviewsApi.Theme("Neglect") }, version });

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this review");
        (await fixture.Database.ColumnAsync($"SELECT theme_id FROM reviews.review_themes WHERE review_id = '{review}'")).ShouldBe([ReviewsApi.Theme("Think family").ToString()]);
    }

    [Fact]
    public async Task Learning_is_added_changed_and_removed_with_its_themes_and_agencies_and_bad_input_saves_nothing()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var hospital = await fixture.Database.AgencyAsync("East Lancashire Hospitals Trust");
        var review = await business.AddReviewAsync("LT-4", "LocalCspr", "Child Y", new DateOnly(2024, 3, 4), [hospital]);

        var invalid = await business.PostAsJsonAsync($"/api/reviews/{review}/learning", new { text = " ", themeIds = new[] { Guid.NewGuid() }, agencyIds = new[] { Guid.NewGuid() } });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["kind", "text", "themeIds", "agencyIds"], ignoreOrder: true);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.learning_items WHERE review_id = '{review}'")).ShouldBe(0);

        var item = await business.AddLearningAsync(review, "GoodPractice", "The health visitor assessed the mother's emotional wellbeing as well as the baby's health.", [ReviewsApi.Theme("Professional curiosity")], [hospital]);
        var listed = (await business.GetFromJsonAsync<JsonElement>($"/api/reviews/{review}/learning"))[0];
        listed.GetProperty("kind").GetString().ShouldBe("GoodPractice");
        listed.GetProperty("agencies")[0].GetProperty("name").GetString().ShouldBe("East Lancashire Hospitals Trust");
        var version = listed.GetProperty("version").GetUInt32();

        var changed = await business.PutAsJsonAsync($"/api/reviews/{review}/learning/{item}", new { kind = "KeyLearning", text = "Curiosity about who else lived in the home was missing.", themeIds = new[] { ReviewsApi.Theme("Professional curiosity"), ReviewsApi.Theme("Think family") }, agencyIds = Array.Empty<Guid>(), version });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var stale = await business.PutAsJsonAsync($"/api/reviews/{review}/learning/{item}", new { kind = "KeyLearning", text = "Overwritten", version });
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this item");

        var page = await business.GetStringAsync(new Uri($"/reviews/review/{review}", UriKind.Relative));
        page.ShouldContain("Curiosity about who else lived in the home was missing.");
        page.ShouldContain("Professional curiosity, Think family");
        page.ShouldNotContain("Overwritten");

        var confirm = await business.GetStringAsync(new Uri($"/reviews/review/{review}/learning/{item}/remove", UriKind.Relative));
        confirm.ShouldContain("Are you sure you want to remove this key learning?");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.learning_items WHERE id = '{item}'")).ShouldBe(1);
        (await business.PostFormAsync($"/reviews/review/{review}/learning/{item}/remove", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.learning_items WHERE id = '{item}'")).ShouldBe(0);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.learning_item_themes WHERE learning_item_id = '{item}'")).ShouldBe(0);
    }

    [Fact]
    public async Task The_learning_page_shows_each_error_in_the_summary_and_adds_the_item_once_it_is_right()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var review = await business.AddReviewAsync("LT-5", "LocalLearningReview", "Child X", new DateOnly(2024, 4, 2), []);

        var invalid = await business.PostFormAsync($"/reviews/review/{review}/learning/add", new() { ["Text"] = "" });
        var page = await invalid.Content.ReadAsStringAsync();
        page.ShouldContain("There is a problem");
        page.ShouldContain("<a href=\"#kind\">Select whether this is key learning or good practice</a>");
        page.ShouldContain("<a href=\"#text\">Enter what the review found</a>");

        var added = await business.PostFormAsync($"/reviews/review/{review}/learning/add", new() { ["Kind"] = "KeyLearning", ["Text"] = "Escalation was not recorded.", ["ThemeIds"] = ReviewsApi.Theme("Escalation").ToString() });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await business.GetStringAsync(new Uri($"/reviews/review/{review}", UriKind.Relative))).ShouldContain("Escalation was not recorded.");
    }

    [Fact]
    public async Task The_change_pages_keep_a_retired_theme_offered_where_it_is_already_chosen()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var review = await business.AddReviewAsync("LT-7", "ThematicReview", "Adolescent neglect", new DateOnly(2024, 6, 3), []);
        var fading = (await (await business.PostAsJsonAsync("/api/reviews/themes", new { name = "Sexting" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await business.TagAsync(review, fading);
        var item = await business.AddLearningAsync(review, "KeyLearning", "Images were shared at school.", [fading], []);
        (await business.PostAsJsonAsync($"/api/reviews/themes/{fading}/retire", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var edit = await business.GetStringAsync(new Uri($"/reviews/review/{review}/learning/{item}/edit", UriKind.Relative));
        edit.ShouldContain("Images were shared at school.");
        edit.ShouldContain("Sexting (retired)");
        var tags = await business.GetStringAsync(new Uri($"/reviews/review/{review}/themes", UriKind.Relative));
        tags.ShouldContain("Sexting (retired)");
        (await business.GetStringAsync(new Uri($"/reviews/review/{review}/learning/add", UriKind.Relative))).ShouldNotContain("Sexting");

        var version = (await fixture.Database.ColumnAsync($"SELECT xmin FROM reviews.learning_items WHERE id = '{item}'")).Single();
        var saved = await business.PostFormAsync($"/reviews/review/{review}/learning/{item}/edit", new() { ["Kind"] = "GoodPractice", ["Text"] = "The school acted the same day.", ["ThemeIds"] = fading.ToString(), ["Version"] = version });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<string>($"SELECT kind FROM reviews.learning_items WHERE id = '{item}'")).ShouldBe("GoodPractice");
        var stale = await business.PostFormAsync($"/reviews/review/{review}/learning/{item}/edit", new() { ["Kind"] = "KeyLearning", ["Text"] = "Lost", ["Version"] = version });
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this item");
        var untagged = await business.PostFormAsync($"/reviews/review/{review}/themes", new() { ["Version"] = (await fixture.Database.ColumnAsync($"SELECT xmin FROM reviews.reviews WHERE id = '{review}'")).Single() });
        untagged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.review_themes WHERE review_id = '{review}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Those_who_read_a_review_read_its_learning_and_only_the_business_team_changes_it()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var hospital = await fixture.Database.AgencyAsync("East Lancashire Hospitals Trust");
        var review = await business.AddReviewAsync("LT-6", "LocalCspr", "Child W", new DateOnly(2024, 5, 6), [hospital]);
        var item = await business.AddLearningAsync(review, "KeyLearning", "Was-not-brought appointments were not followed up.", [ReviewsApi.Theme("Was not brought")], [hospital]);

        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        (await health.GetFromJsonAsync<JsonElement>($"/api/reviews/{review}/learning")).GetArrayLength().ShouldBe(1);
        (await health.GetStringAsync(new Uri($"/reviews/review/{review}", UriKind.Relative))).ShouldNotContain("Add key learning or good practice");
        (await health.PostAsJsonAsync($"/api/reviews/{review}/learning", new { kind = "KeyLearning", text = "Mine" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await health.DeleteAsync(new Uri($"/api/reviews/{review}/learning/{item}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await health.PutAsJsonAsync($"/api/reviews/{review}/themes", new { themeIds = Array.Empty<Guid>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        (await police.GetAsync(new Uri($"/api/reviews/{review}/learning", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await police.GetAsync(new Uri($"/api/reviews/{review}/themes", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var scrutineer = await fixture.Host.SignedInAsync(SignIn.Scrutineer);
        (await scrutineer.GetFromJsonAsync<JsonElement>($"/api/reviews/{review}/learning")).GetArrayLength().ShouldBe(1);
        (await scrutineer.DeleteAsync(new Uri($"/api/reviews/{review}/learning/{item}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.learning_items WHERE review_id = '{review}'")).ShouldBe(1);
    }
}
