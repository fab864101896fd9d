using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.ThematicAnalysis;

/// <summary>
/// Counts against a small known set in 2016, a year without demo reviews: three reviews in the year, one just after.
/// AN-1 (rapid review; police and hospital) is tagged neglect and domestic abuse; AN-2 (practice review; police)
/// is tagged neglect and has key learning on professional curiosity naming housing; AN-3 (thematic; hospital)
/// has only good practice on neglect; AN-4 (2017; police) is tagged neglect.
/// </summary>
public sealed class ThemeAnalysisTests(ThemeAnalysisTests.KnownReviews known) : IClassFixture<ThemeAnalysisTests.KnownReviews>
{
    private const string Year2016 = "from=2016-01-01&to=2016-12-31";

    [Fact]
    public async Task Themes_are_counted_by_type_and_agency_for_the_reviews_of_the_period()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Scrutineer);

        var table = await client.GetFromJsonAsync<JsonElement>($"/api/reviews/themes/analysis?{Year2016}");

        table.GetProperty("reviewsInPeriod").GetInt32().ShouldBe(3);
        var themes = table.GetProperty("themes").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        themes.Keys.ShouldBe(["Neglect", "Domestic abuse", "Professional curiosity"], ignoreOrder: true);
        var neglect = themes["Neglect"];
        neglect.GetProperty("reviews").GetInt32().ShouldBe(3);
        neglect.GetProperty("learningItems").GetInt32().ShouldBe(1);
        ByType(neglect).ShouldBe(new Dictionary<string, int> { ["RapidReview"] = 1, ["LocalCspr"] = 1, ["ThematicReview"] = 1 }, ignoreOrder: true);
        ByAgency(neglect).ShouldBe(new Dictionary<string, int> { ["Lancashire Constabulary"] = 2, ["East Lancashire Hospitals Trust"] = 2 }, ignoreOrder: true);
        ByAgency(themes["Professional curiosity"]).ShouldBe(new Dictionary<string, int> { ["Lancashire Constabulary"] = 1, [KnownReviews.Housing] = 1 }, ignoreOrder: true);
        ByType(themes["Domestic abuse"]).ShouldBe(new Dictionary<string, int> { ["RapidReview"] = 1 }, ignoreOrder: true);
    }

    [Fact]
    public async Task An_agency_lead_counts_only_the_reviews_their_agency_is_involved_in()
    {
        var police = await known.Fixture.Host.SignedInAsync(SignIn.PoliceLead);

        var table = await police.GetFromJsonAsync<JsonElement>($"/api/reviews/themes/analysis?{Year2016}");

        table.GetProperty("reviewsInPeriod").GetInt32().ShouldBe(2);
        var neglect = table.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Neglect");
        neglect.GetProperty("reviews").GetInt32().ShouldBe(2);
        ByAgency(neglect).ShouldBe(new Dictionary<string, int> { ["Lancashire Constabulary"] = 2, ["East Lancashire Hospitals Trust"] = 1 }, ignoreOrder: true);
        var drill = await police.GetFromJsonAsync<JsonElement>($"/api/reviews/themes/analysis/reviews?theme={ReviewsApi.Theme("Neglect")}&{Year2016}");
        References(drill).ShouldBe(["AN-1", "AN-2"]);
    }

    [Fact]
    public async Task Each_count_drills_down_to_the_reviews_and_learning_behind_it()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Business);
        var hospital = await known.Fixture.Database.AgencyAsync("East Lancashire Hospitals Trust");

        var byAgency = await client.GetFromJsonAsync<JsonElement>($"/api/reviews/themes/analysis/reviews?theme={ReviewsApi.Theme("Neglect")}&agency={hospital}&{Year2016}");
        References(byAgency).ShouldBe(["AN-1", "AN-3"]);
        byAgency.GetProperty("learning").EnumerateArray().Select(l => l.GetProperty("reference").GetString()).ShouldBe(["AN-3"]);
        var byType = await client.GetFromJsonAsync<JsonElement>($"/api/reviews/themes/analysis/reviews?theme={ReviewsApi.Theme("Neglect")}&type=LocalCspr&{Year2016}");
        References(byType).ShouldBe(["AN-2"]);

        var page = await client.GetStringAsync(new Uri("/reviews/themes/analysis?From.Day=1&From.Month=1&From.Year=2016&To.Day=31&To.Month=12&To.Year=2016", UriKind.Relative));
        page.ShouldContain("3 reviews were opened in this period; 3 themes came up");
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/reviews/themes/analysis/reviews\\?theme=" + ReviewsApi.Theme("Professional curiosity") + "[^\"]*)\"").Groups[1].Value;
        link.ShouldNotBeEmpty();
        var drilled = await client.GetStringAsync(new Uri(System.Net.WebUtility.HtmlDecode(link), UriKind.Relative));
        drilled.ShouldContain("AN-2");
        drilled.ShouldContain("Curiosity about the father&#x27;s role was missing.");
        drilled.ShouldNotContain("AN-1");
    }

    [Fact]
    public async Task The_table_downloads_as_CSV_with_the_same_counts()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Business);

        var response = await client.GetAsync(new Uri("/reviews/themes/analysis/csv?From.Day=1&From.Month=1&From.Year=2016&To.Day=31&To.Month=12&To.Year=2016", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("themes-2016-01-01-to-2016-12-31.csv");
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Theme,Retired,Reviews,Learning items,Reviews: Rapid review,Reviews: Child safeguarding practice review,Reviews: Thematic review,Reviews: Blackburn with Darwen Council housing strategy and housing needs,Reviews: East Lancashire Hospitals Trust,Reviews: Lancashire Constabulary");
        lines[1].ShouldBe("Neglect,No,3,1,1,1,1,0,2,2");
        lines.Length.ShouldBe(4);
        (await client.GetAsync(new Uri("/api/reviews/themes/analysis/csv?" + Year2016, UriKind.Relative))).Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
    }

    [Fact]
    public async Task A_wrong_period_gets_a_clear_message()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Business);

        var backwards = await client.GetAsync(new Uri("/api/reviews/themes/analysis?from=2016-12-31&to=2016-01-01", UriKind.Relative));
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.Content.ReadAsStringAsync()).ShouldContain("The end of the period must be the same as or after 31 December 2016");
        var half = await client.GetAsync(new Uri("/api/reviews/themes/analysis?from=2016-12-31", UriKind.Relative));
        half.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var page = await client.GetStringAsync(new Uri("/reviews/themes/analysis?From.Day=31&From.Month=2&From.Year=2016&To.Day=1&To.Month=1&To.Year=2017", UriKind.Relative));
        page.ShouldContain("There is a problem");
        page.ShouldContain("The start of the period must be a real date");
        var empty = await client.GetStringAsync(new Uri("/reviews/themes/analysis?From.Day=1&From.Month=1&From.Year=2014&To.Day=31&To.Month=12&To.Year=2014", UriKind.Relative));
        empty.ShouldContain("No reviews you can see were opened in this period.");
    }

    [Fact]
    public async Task The_register_links_to_the_analysis_which_shows_last_year_by_type_and_agency()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Business);

        var register = await client.GetStringAsync(new Uri("/reviews", UriKind.Relative));
        register.ShouldContain("href=\"/reviews/themes/analysis\"");
        var analysis = await client.GetStringAsync(new Uri("/reviews/themes/analysis", UriKind.Relative));

        var lastYear = DateTime.UtcNow.Year - 1;
        analysis.ShouldContain($"1 January {lastYear} to 31 December {lastYear}");
    }

    [Fact]
    public async Task The_demo_gives_seed_002s_common_themes_across_the_Leeds_reviews_of_May_2021_to_December_2022()
    {
        var client = await known.Fixture.Host.SignedInAsync(SignIn.Business);

        var table = await client.GetFromJsonAsync<JsonElement>("/api/reviews/themes/analysis?from=2021-05-01&to=2022-12-31");

        table.GetProperty("reviewsInPeriod").GetInt32().ShouldBe(14);
        var themes = table.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        themes.ShouldBe(
            ["Professional curiosity", "Disguised compliance", "Escalation", "Bereavement", "Differing agency risk assessment", "Domestic abuse",
             "The pandemic", "Complex health needs", "Think family", "Was not brought", "Voice of the child"],
            ignoreOrder: true);
    }

    private static Dictionary<string, int> ByType(JsonElement theme) =>
        theme.GetProperty("byType").EnumerateArray().ToDictionary(t => t.GetProperty("type").GetString()!, t => t.GetProperty("reviews").GetInt32());

    private static Dictionary<string, int> ByAgency(JsonElement theme) =>
        theme.GetProperty("byAgency").EnumerateArray().ToDictionary(t => t.GetProperty("agency").GetString()!, t => t.GetProperty("reviews").GetInt32());

    private static List<string> References(JsonElement drill) =>
        [.. drill.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("reference").GetString()!)];

    public sealed class KnownReviews : IAsyncLifetime
    {
        public const string Housing = "Blackburn with Darwen Council housing strategy and housing needs";

        public HostFixture Fixture { get; } = new();

        public async Task InitializeAsync()
        {
            await Fixture.InitializeAsync();
            var business = await Fixture.Host.SignedInAsync(SignIn.Business);
            var police = await Fixture.Database.AgencyAsync("Lancashire Constabulary");
            var hospital = await Fixture.Database.AgencyAsync("East Lancashire Hospitals Trust");
            var housing = await Fixture.Database.AgencyAsync(Housing);

            var an1 = await business.AddReviewAsync("AN-1", "RapidReview", "Child A", new DateOnly(2016, 3, 1), [police, hospital]);
            await business.TagAsync(an1, ReviewsApi.Theme("Neglect"), ReviewsApi.Theme("Domestic abuse"));
            var an2 = await business.AddReviewAsync("AN-2", "LocalCspr", "Child B", new DateOnly(2016, 6, 1), [police]);
            await business.TagAsync(an2, ReviewsApi.Theme("Neglect"));
            await business.AddLearningAsync(an2, "KeyLearning", "Curiosity about the father's role was missing.", [ReviewsApi.Theme("Professional curiosity")], [housing]);
            var an3 = await business.AddReviewAsync("AN-3", "ThematicReview", "Neglect in infancy", new DateOnly(2016, 9, 1), [hospital]);
            await business.AddLearningAsync(an3, "GoodPractice", "Health visitors saw every baby at home.", [ReviewsApi.Theme("Neglect")], [hospital]);
            var an4 = await business.AddReviewAsync("AN-4", "RapidReview", "Child D", new DateOnly(2017, 1, 10), [police]);
            await business.TagAsync(an4, ReviewsApi.Theme("Neglect"));
        }

        public Task DisposeAsync() => Fixture.DisposeAsync();
    }
}
