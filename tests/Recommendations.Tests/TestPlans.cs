using System.Net.Http.Json;
using System.Text.Json;

namespace Partnership.Modules.Recommendations.Tests;

/// <summary>Plans a test makes for itself through the API, so it does not depend on what other tests do to the demo's.</summary>
internal static class TestPlans
{
    /// <summary>A new plan of one action led by the agency of <paramref name="lead"/>, at <paramref name="status"/>.</summary>
    public static async Task<Guid> NewActionForAsync(HttpClient business, HttpClient lead, string status)
    {
        var agencyId = (await lead.GetFromJsonAsync<JsonElement>("/api/recommendations/actions")).GetProperty("items")[0].GetProperty("leadAgency").GetProperty("id").GetGuid();
        var source = await (await business.PostAsJsonAsync("/api/recommendations/sources", new { kind = "ThematicReview", reference = "T-" + Guid.NewGuid().ToString("N")[..8], title = "Test plan", sourceDate = "2025-01-06" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var recommendation = await (await business.PostAsJsonAsync($"/api/recommendations/sources/{source.GetProperty("id").GetGuid()}/recommendations", new { number = "1", text = "Do better", multiAgency = true, timescale = "WithinMonths", timescaleMonths = 24 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var action = await (await business.PostAsJsonAsync($"/api/recommendations/recommendations/{recommendation.GetProperty("id").GetGuid()}/actions", new { description = "Audit information sharing", leadAgencyId = agencyId, leadOfficer = "Named Nurse" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = action.GetProperty("id").GetGuid();
        (await business.PostAsJsonAsync($"/api/recommendations/actions/{id}/status", new { status, why = "Work started" })).EnsureSuccessStatusCode();
        return id;
    }
}
