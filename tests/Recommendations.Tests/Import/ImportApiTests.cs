using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Import;

public sealed class ImportApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly object?[] Headers = ["Recommendation", "Key Actions", "Evidence", "Key Outcome(s)", "Lead Officer", "Date"];

    [Fact]
    public async Task A_workbook_is_previewed_with_its_row_errors_saves_nothing_until_they_are_fixed_then_saves_every_row()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var (sourceId, reference) = await NewSourceAsync(client);
        var workbook = TestWorkbook.Write(
        [
            Headers,
            ["Share information about risk", "Audit referrals", "Audit report", "Fewer missed referrals", "Named Nurse, East Lancashire Hospitals Trust", "Oct – end Dec 10"],
            [null, "Brief officers", null, null, "Detective Inspector, Lancashire Constabulary", "On advice from legal services"],
            ["Supervise well", "Review supervision", null, null, "Service manager, Borsetshire Council", 40543],
        ]);

        var preview = await PreviewAsync(client, sourceId, workbook, "plan.xlsx");

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("preset").GetString().ShouldNotBeNull();
        body.GetProperty("rowCount").GetInt32().ShouldBe(3);
        body.GetProperty("rowsWithErrors").GetInt32().ShouldBe(2);
        var rows = body.GetProperty("rows");
        rows[0].GetProperty("checked").GetProperty("leadAgency").GetProperty("name").GetString().ShouldBe("East Lancashire Hospitals Trust");
        rows[0].GetProperty("checked").GetProperty("dueOn").GetString().ShouldBe("2010-12-31");
        rows[1].GetProperty("continues").GetBoolean().ShouldBeTrue();
        rows[1].GetProperty("errors").GetProperty("dueDate").GetString()!.ShouldContain("On advice from legal services");
        rows[2].GetProperty("errors").GetProperty("leadAgency").GetString()!.ShouldContain("Borsetshire");

        var asPreviewed = rows.EnumerateArray().Select(Row).ToList();
        var refused = await client.PostAsJsonAsync("/api/recommendations/imports/save", new { sourceId, fileName = "plan.xlsx", rows = asPreviewed });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Row 3: ");
        (await CountAsync(reference)).ShouldBe(0, "nothing is saved while any row has an error");

        asPreviewed[1]["dueDate"] = "31/01/2011";
        asPreviewed[2]["leadOfficer"] = "Service manager, Blackburn with Darwen children's social care";
        var saved = await client.PostAsJsonAsync("/api/recommendations/imports/save", new { sourceId, fileName = "plan.xlsx", rows = asPreviewed });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await saved.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("recommendations").GetInt32().ShouldBe(2);
        result.GetProperty("actions").GetInt32().ShouldBe(3);
        (await CountAsync(reference)).ShouldBe(3);
        var recommendations = await fixture.Database.ColumnAsync(
            $"SELECT r.number || ':' || r.text || ':' || r.due_on || ':' || r.multi_agency FROM recommendations.recommendations r JOIN recommendations.sources s ON s.id = r.source_id WHERE s.reference = '{reference}' ORDER BY r.number");
        recommendations.ShouldBe(["1:Share information about risk:2011-01-31:true", "2:Supervise well:2010-12-31:false"]);
        var audited = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.audit_entries WHERE action = 'Imported' AND entity_id = '{sourceId}'");
        audited.ShouldBe(1L);
    }

    [Fact]
    public async Task A_csv_plan_with_the_agency_in_its_own_column_is_previewed()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var (sourceId, _) = await NewSourceAsync(client);
        var csv = "Recommendation,Action,Lead agency,Lead officer,Due date\r\nShare information,Audit referrals,lancashire constabulary,DI Smith,2010-11-30\r\n";

        var preview = await PreviewAsync(client, sourceId, Encoding.UTF8.GetBytes(csv), "plan.csv");

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("preset").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("rowsWithErrors").GetInt32().ShouldBe(0);
        body.GetProperty("rows")[0].GetProperty("checked").GetProperty("leadAgency").GetProperty("name").GetString().ShouldBe("Lancashire Constabulary");
    }

    [Fact]
    public async Task A_malformed_workbook_gets_a_400_that_says_what_is_wrong()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var (sourceId, _) = await NewSourceAsync(client);

        foreach (var (content, name, message) in new[]
        {
            ("PK\u0003\u0004 not really a zip"u8.ToArray(), "plan.xlsx", "damaged"),
            ("just text"u8.ToArray(), "plan.xlsx", "not an Excel workbook"),
            (TestWorkbook.Write([[]]), "plan.xlsx", "column headings"),
            (TestWorkbook.Write([["a"]], withSheet: false), "plan.xlsx", "no worksheet"),
        })
        {
            var response = await PreviewAsync(client, sourceId, content, name);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, name + ": " + message);
            (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        }
    }

    [Theory]
    [InlineData(SignIn.HealthLead)]
    [InlineData(SignIn.Scrutineer)]
    [InlineData(SignIn.Practitioner)]
    public async Task Only_the_business_team_imports_plans(string account)
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var (sourceId, _) = await NewSourceAsync(business);
        var client = await fixture.Host.SignedInAsync(account);

        (await PreviewAsync(client, sourceId, TestWorkbook.Write([Headers]), "plan.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/api/recommendations/imports/save", new { sourceId, rows = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, object?> Row(JsonElement row) => new()
    {
        ["row"] = row.GetProperty("row").GetInt32(),
        ["recommendation"] = row.GetProperty("recommendation").GetString(),
        ["keyAction"] = row.GetProperty("keyAction").GetString(),
        ["evidence"] = row.GetProperty("evidence").GetString(),
        ["expectedOutcome"] = row.GetProperty("expectedOutcome").GetString(),
        ["leadOfficer"] = row.GetProperty("leadOfficer").GetString(),
        ["leadAgency"] = row.GetProperty("leadAgency").GetString(),
        ["dueDate"] = row.GetProperty("dueDate").GetString(),
    };

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, Guid sourceId, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(sourceId.ToString()), "sourceId");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/recommendations/imports", form);
    }

    private async Task<long> CountAsync(string reference) =>
        await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.key_actions a JOIN recommendations.sources s ON s.id = a.source_id WHERE s.reference = '{reference}'");

    private static async Task<(Guid Id, string Reference)> NewSourceAsync(HttpClient business)
    {
        var reference = "IMP-" + Guid.NewGuid().ToString("N")[..8];
        var response = await business.PostAsJsonAsync("/api/recommendations/sources", new { kind = "ThematicReview", reference, title = "Imported plan", sourceDate = "2010-09-14" });
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), reference);
    }
}
