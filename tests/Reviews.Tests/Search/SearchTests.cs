using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Search;

public sealed class SearchTests(SearchTests.SearchableReviews known) : IClassFixture<SearchTests.SearchableReviews>
{
    [Fact]
    public async Task A_search_finds_reviews_by_their_words_and_their_learning_best_match_first()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Scrutineer);

        var found = await Search(client, "q=bruised");

        // The subject weighs more than the summary; learning counts for the review it belongs to.
        found.ShouldBe(["SR-1", "SR-2", "SR-3"]);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/reviews?q=bruised");
        var learning = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reference").GetString() == "SR-3").GetProperty("matchedLearning");
        learning[0].GetProperty("kind").GetString().ShouldBe("GoodPractice");
        learning[0].GetProperty("text").GetString()!.ShouldContain("bruising");
        (await Search(client, "q=\"holiday park\"")).ShouldBe(["SR-2"]);
        (await Search(client, "q=bruised -trampoline")).ShouldBe(["SR-1", "SR-3"]);
        (await Search(client, "q=SR-2")).ShouldContain("SR-2");
        (await Search(client, "q=xylophone")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_search_combines_with_the_registers_filters_and_the_new_theme_and_agency_filters()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Business);

        (await Search(client, "q=bruised&type=RapidReview")).ShouldBe(["SR-1"]);
        (await Search(client, $"q=bruised&theme={ReviewsApi.Theme("Neglect")}")).ShouldBe(["SR-2", "SR-3"]);
        (await Search(client, $"q=bruised&agency={known.Hospital}")).ShouldBe(["SR-3"]);
        (await Search(client, $"theme={ReviewsApi.Theme("Neglect")}&agency={known.Hospital}")).ShouldBe(["SR-3"]);
        (await Search(client, "q=bruised&sort=reference")).ShouldBe(["SR-1", "SR-2", "SR-3"]);
    }

    [Fact]
    public async Task Agency_staff_find_only_the_reviews_their_agency_is_involved_in()
    {
        var police = await known.Fixture.Host.SignedInAsync(SignIn.PoliceLead);

        (await Search(police, "q=bruised")).ShouldBe(["SR-1", "SR-2"]);
    }

    [Fact]
    public async Task The_register_page_searches_and_shows_the_learning_that_matched_under_its_review()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Business);

        var page = await client.GetStringAsync(new Uri($"/reviews?q=bruising&theme={ReviewsApi.Theme("Neglect")}", UriKind.Relative));

        page.ShouldContain("2 reviews match");
        page.ShouldContain("<strong>Good practice:</strong>");
        page.ShouldContain("<mark>bruising</mark>");
        page.ShouldNotContain("SR-1");
        var escaped = await client.GetStringAsync(new Uri("/reviews?q=%3Cscript%3E", UriKind.Relative));
        escaped.ShouldNotContain("<script>alert");
        escaped.ShouldContain("No reviews match");
    }

    private static async Task<List<string>> Search(HttpClient client, string query)
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/reviews?" + query);
        return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!).Where(r => r.StartsWith("SR-", StringComparison.Ordinal))];
    }

    public sealed class SearchableReviews : IAsyncLifetime
    {
        public HostFixture Fixture { get; } = new();

        public Guid Hospital { get; private set; }

        public async Task InitializeAsync()
        {
            await Fixture.InitializeAsync();
            var business = await Fixture.Host.SignedInAsync(SignIn.Business);
            var police = await Fixture.Database.AgencyAsync("Lancashire Constabulary");
            Hospital = await Fixture.Database.AgencyAsync("East Lancashire Hospitals Trust");

            await business.AddReviewAsync("SR-1", "RapidReview", "The bruised baby", new DateOnly(2023, 3, 1), [police]);
            var sr2 = await business.AddReviewAsync("SR-2", "LocalCspr", "Child P", new DateOnly(2023, 4, 3), [police],
                "A toddler was found bruised after a fall from a trampoline at a holiday park; neglect was suspected.");
            await business.TagAsync(sr2, ReviewsApi.Theme("Neglect"));
            var sr3 = await business.AddReviewAsync("SR-3", "LocalLearningReview", "Child Q", new DateOnly(2023, 5, 2), [Hospital], "Missed appointments.");
            await business.AddLearningAsync(sr3, "GoodPractice", "The health visitor asked about the bruising and recorded who else lived in the home.", [ReviewsApi.Theme("Neglect")], [Hospital]);
        }

        public Task DisposeAsync() => Fixture.DisposeAsync();
    }
}
