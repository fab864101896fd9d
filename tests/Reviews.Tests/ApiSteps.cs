using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;

namespace Partnership.Modules.Reviews.Tests;

/// <summary>Reads the demo data the tests start from, through the same doors the screens use.</summary>
internal static class ApiSteps
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static async Task<Guid> ReviewIdAsync(TestDatabase database, string reference) =>
        Guid.Parse((await database.ColumnAsync($"SELECT id FROM reviews.reviews WHERE reference = '{reference}'")).Single());

    public static async Task<Guid> AgencyIdAsync(TestDatabase database, string name) =>
        Guid.Parse((await database.ColumnAsync($"SELECT id FROM platform.agencies WHERE name = '{name.Replace("'", "''", StringComparison.Ordinal)}'")).Single());

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static object Submission(string text, string fileName, byte[] content, uint? version = null) =>
        new { text, fileName, content = Convert.ToBase64String(content), version };
}
