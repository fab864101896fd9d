using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;

namespace Partnership.Modules.Reviews.Tests;

/// <summary>Making reviews, themes and learning through the JSON API, as a test's known data.</summary>
internal static class ReviewsApi
{
    public static async Task<Guid> AddReviewAsync(this HttpClient business, string reference, string type, string subject, DateOnly opened, Guid[] agencies, string? summary = null)
    {
        var caseReview = type is "RapidReview" or "LocalCspr" or "SeriousCaseReview" or "LocalLearningReview";
        var response = await business.PostAsJsonAsync("/api/reviews", new
        {
            reference,
            type,
            subject,
            summary,
            incidentKnownOn = caseReview ? opened.AddDays(-2) : (DateOnly?)null,
            notifiedOn = caseReview ? opened : (DateOnly?)null,
            commissionedOn = caseReview || type == "Inspection" ? (DateOnly?)null : opened,
            startedOn = type == "Inspection" ? opened : (DateOnly?)null,
            agencyIds = agencies,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task TagAsync(this HttpClient business, Guid review, params Guid[] themes)
    {
        var response = await business.PutAsJsonAsync($"/api/reviews/{review}/themes", new { themeIds = themes });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Guid> AddLearningAsync(this HttpClient business, Guid review, string kind, string text, Guid[] themes, Guid[] agencies)
    {
        var response = await business.PostAsJsonAsync($"/api/reviews/{review}/learning", new { kind, text, themeIds = themes, agencyIds = agencies });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Guid Theme(string name) => Seeding.StandardThemes.IdOf(name);

    public static async Task<Guid> AgencyAsync(this TestDatabase database, string name) =>
        Guid.Parse((await database.ColumnAsync($"SELECT id FROM platform.agencies WHERE name = '{name.Replace("'", "''", StringComparison.Ordinal)}'")).Single());
}
