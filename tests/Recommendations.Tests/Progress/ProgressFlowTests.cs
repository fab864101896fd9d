using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Progress;

public sealed class ProgressFlowTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task An_update_is_the_agencys_own_until_the_business_team_accepts_it_and_then_the_status_is_confirmed()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var actionId = await OpenActionOf(health);

        var recorded = await RecordAsync(health, actionId, "Information sharing audit done in October; referrals now name the parents' needs.", "Green", completed: true, files: [("audit.pdf", Pdf)]);
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var documentId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evidence")[0].GetProperty("documentId").GetGuid();

        // The lead agency reads its own update and evidence; another agency reads neither, nor sees it in the report.
        var own = await health.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}");
        own.GetProperty("proposedStatus").GetString().ShouldBe("Green");
        own.GetProperty("updates")[0].GetProperty("state").GetString().ShouldBe("AwaitingVerification");
        (await health.GetByteArrayAsync(new Uri($"/api/recommendations/evidence/{documentId}", UriKind.Relative))).ShouldBe(Pdf);
        (await police.GetAsync(new Uri($"/api/recommendations/evidence/{documentId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await police.GetStringAsync(new Uri("/api/recommendations/report", UriKind.Relative))).ShouldNotContain("Information sharing audit done");

        var queue = await business.GetFromJsonAsync<JsonElement>("/api/recommendations/verification");
        var item = queue.EnumerateArray().Single(i => i.GetProperty("actionId").GetGuid() == actionId);
        item.GetProperty("evidence")[0].GetProperty("fileName").GetString().ShouldBe("audit.pdf");

        var accepted = await business.PostAsJsonAsync($"/api/recommendations/updates/{item.GetProperty("updateId").GetGuid()}/accept", new { comment = "Audit seen.", version = item.GetProperty("version").GetUInt32() });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());

        var action = await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}");
        action.GetProperty("status").GetString().ShouldBe("Green");
        action.GetProperty("completed").GetBoolean().ShouldBeTrue();
        action.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        action.GetProperty("history")[0].GetProperty("why").GetString()!.ShouldContain("accepted: Audit seen.");
        action.GetProperty("history")[0].GetProperty("changedBy").GetString().ShouldBe(SignIn.Business);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.outbox_messages WHERE event_type LIKE '%ActionStatusConfirmed' AND payload->>'actionId' = '{actionId}'")).ShouldBe(1);
        (await business.GetFromJsonAsync<JsonElement>("/api/recommendations/verification")).EnumerateArray().ShouldNotContain(i => i.GetProperty("actionId").GetGuid() == actionId);
    }

    [Fact]
    public async Task A_challenged_update_keeps_the_status_and_the_agency_reads_the_comment()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var actionId = await TestPlans.NewActionForAsync(business, health, "Amber");
        (await RecordAsync(health, actionId, "We think this is done.", "Green", completed: true)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = (await business.GetFromJsonAsync<JsonElement>("/api/recommendations/verification")).EnumerateArray().Single(i => i.GetProperty("actionId").GetGuid() == actionId);

        var noComment = await business.PostAsJsonAsync($"/api/recommendations/updates/{item.GetProperty("updateId").GetGuid()}/challenge", new { comment = "" });
        noComment.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var challenged = await business.PostAsJsonAsync($"/api/recommendations/updates/{item.GetProperty("updateId").GetGuid()}/challenge", new { comment = "Send the audit that shows it." });
        challenged.StatusCode.ShouldBe(HttpStatusCode.OK);

        var action = await health.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}");
        action.GetProperty("status").GetString().ShouldBe("Amber");
        action.GetProperty("updates")[0].GetProperty("state").GetString().ShouldBe("Challenged");
        action.GetProperty("updates")[0].GetProperty("verifierComment").GetString().ShouldBe("Send the audit that shows it.");
        (await health.GetStringAsync(new Uri($"/recommendations/action/{actionId}", UriKind.Relative))).ShouldContain("Send the audit that shows it.");
    }

    [Fact]
    public async Task An_older_update_is_not_accepted_once_the_agency_has_recorded_a_newer_one()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var actionId = await TestPlans.NewActionForAsync(business, health, "Red");
        (await RecordAsync(health, actionId, "Half of the teams trained.", "Amber")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RecordAsync(health, actionId, "Every team trained.", "Green", seen: 1)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var pending = (await business.GetFromJsonAsync<JsonElement>("/api/recommendations/verification")).EnumerateArray()
            .Where(i => i.GetProperty("actionId").GetGuid() == actionId).ToList();
        var older = pending.Single(i => i.GetProperty("proposedStatus").GetString() == "Amber");
        var newer = pending.Single(i => i.GetProperty("proposedStatus").GetString() == "Green");
        older.GetProperty("newerUpdate").GetInt32().ShouldBe(2);
        newer.GetProperty("newerUpdate").ValueKind.ShouldBe(JsonValueKind.Null);
        (await business.GetStringAsync(new Uri("/recommendations/verify", UriKind.Relative))).ShouldContain("The agency recorded a newer update (2) on this action after this one");

        var refused = await business.PostAsJsonAsync($"/api/recommendations/updates/{older.GetProperty("updateId").GetGuid()}/accept", new { version = older.GetProperty("version").GetUInt32() });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("The agency recorded a newer update (2) on this action after this one (1)");
        (await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}")).GetProperty("status").GetString().ShouldBe("Red");
        var accepted = await business.PostAsJsonAsync($"/api/recommendations/updates/{newer.GetProperty("updateId").GetGuid()}/accept", new { version = newer.GetProperty("version").GetUInt32() });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}")).GetProperty("status").GetString().ShouldBe("Green");
    }

    [Fact]
    public async Task Blue_is_accepted_only_with_an_impact_statement_and_evidence()
    {
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var actionId = await OpenActionOf(police);

        (await RecordAsync(police, actionId, "Approach agreed with the prison service.", "Blue", completed: true)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var bare = (await business.GetFromJsonAsync<JsonElement>("/api/recommendations/verification")).EnumerateArray().Single(i => i.GetProperty("actionId").GetGuid() == actionId);
        var refused = await business.PostAsJsonAsync($"/api/recommendations/updates/{bare.GetProperty("updateId").GetGuid()}/accept", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Blue needs evidence of impact");
        (await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}")).GetProperty("status").GetString().ShouldBe("Amber");
        var direct = await business.PostAsJsonAsync($"/api/recommendations/actions/{actionId}/status", new { status = "Blue", why = "Done" });
        direct.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await direct.Content.ReadAsStringAsync()).ShouldContain("Blue needs evidence of impact");
        (await business.PostAsJsonAsync($"/api/recommendations/updates/{bare.GetProperty("updateId").GetGuid()}/challenge", new { comment = "Show the impact." })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await RecordAsync(police, actionId, "Approach agreed and in use.", "Blue", completed: true, impact: "Every child of a remanded parent was referred in the last quarter.", files: [("referrals.pdf", Pdf)], seen: 1)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var evidenced = (await business.GetFromJsonAsync<JsonElement>("/api/recommendations/verification")).EnumerateArray().Single(i => i.GetProperty("actionId").GetGuid() == actionId);
        (await business.PostAsJsonAsync($"/api/recommendations/updates/{evidenced.GetProperty("updateId").GetGuid()}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var action = await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}");
        action.GetProperty("status").GetString().ShouldBe("Blue");
        // Frankie's only open action is done now: its plan is complete, and Reviews hears so.
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.outbox_messages WHERE event_type LIKE '%SourceActionsComplete' AND payload->>'reference' = 'CSPR-2019-02'")).ShouldBe(1);
        // Now accepted, the update is in the partnership's report for everyone: it is no longer Amber, so it is counted, not listed.
        var report = await police.GetFromJsonAsync<JsonElement>("/api/recommendations/report");
        report.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("reference").GetString() == "CSPR-2019-02")
            .GetProperty("counts").GetProperty("summary").GetString().ShouldBe("14 actions: 14 Green or Blue");
    }

    [Fact]
    public async Task Evidence_must_be_an_allowed_type_by_its_content_and_nothing_is_saved_when_a_file_is_refused()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var actionId = await TestPlans.NewActionForAsync(await fixture.Host.SignedInAsync(SignIn.Business), health, "Amber");
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.documents");

        var renamed = await RecordAsync(health, actionId, "Progress", "Amber", files: [("audit.pdf", Pdf), ("minutes.pdf", Encoding.ASCII.GetBytes("MZ\u0090\0 not a pdf"))]);
        renamed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await renamed.Content.ReadAsStringAsync()).ShouldContain("minutes.pdf: The selected file must be a PDF, Word, Excel");
        var program = await RecordAsync(health, actionId, "Progress", "Amber", files: [("tool.exe", Encoding.ASCII.GetBytes("MZ program"))]);
        program.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var empty = await RecordAsync(health, actionId, "", null, files: [("notes.txt", Encoding.UTF8.GetBytes("fine"))]);
        var problems = await empty.Content.ReadFromJsonAsync<JsonElement>();
        problems.GetProperty("errors").TryGetProperty("narrative", out _).ShouldBeTrue();
        problems.GetProperty("errors").TryGetProperty("proposedStatus", out _).ShouldBeTrue();

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.documents")).ShouldBe(before);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.progress_updates WHERE key_action_id = '{actionId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Two_people_recording_from_the_same_copy_the_second_gets_a_conflict()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var actionId = await TestPlans.NewActionForAsync(business, health, "Amber");
        var seen = (await health.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}")).GetProperty("updatesRecorded").GetInt32();

        (await RecordAsync(health, actionId, "First officer's update", "Amber", seen: seen)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var second = await RecordAsync(health, actionId, "Second officer's update", "Green", seen: seen);

        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await second.Content.ReadAsStringAsync()).ShouldContain("Someone else recorded progress on this action");

        // The business team's definition changes are guarded by the action's row version the same way.
        var version = (await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}")).GetProperty("version").GetUInt32();
        var definition = await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}");
        object Change(string description) => new
        {
            description, leadAgencyId = definition.GetProperty("leadAgency").GetProperty("id").GetGuid(), leadOfficer = "Named Nurse", version,
        };
        (await business.PutAsJsonAsync($"/api/recommendations/actions/{actionId}", Change("Reworded once"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await business.PutAsJsonAsync($"/api/recommendations/actions/{actionId}", Change("Reworded twice"));
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this action");
    }

    [Fact]
    public async Task Readers_and_agencies_change_nothing_that_is_not_theirs()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var scrutineer = await fixture.Host.SignedInAsync(SignIn.Scrutineer);
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var actionId = await TestPlans.NewActionForAsync(await fixture.Host.SignedInAsync(SignIn.Business), health, "Amber");

        (await RecordAsync(scrutineer, actionId, "Scrutineer's note", "Green")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RecordAsync(police, actionId, "Wrong agency", "Green")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await health.PostAsJsonAsync($"/api/recommendations/actions/{actionId}/status", new { status = "Green", why = "We say so" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scrutineer.PutAsJsonAsync($"/api/recommendations/actions/{actionId}", new { description = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scrutineer.GetAsync(new Uri($"/api/recommendations/actions/{actionId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.progress_updates WHERE key_action_id = '{actionId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_plan_refuses_a_due_date_before_its_source_and_an_action_without_a_lead_agency()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var source = await business.PostAsJsonAsync("/api/recommendations/sources", new { kind = "AuditFinding", reference = "AUD-2026-01", title = "Neglect audit", sourceDate = "2026-03-01" });
        source.StatusCode.ShouldBe(HttpStatusCode.Created, await source.Content.ReadAsStringAsync());
        var sourceId = (await source.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var early = await business.PostAsJsonAsync($"/api/recommendations/sources/{sourceId}/recommendations", new { number = "1", text = "Audit again", timescale = "ByDate", timescaleDate = "2026-02-01" });
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("cannot be before the source's date, 1 March 2026");
        var recommendation = await business.PostAsJsonAsync($"/api/recommendations/sources/{sourceId}/recommendations", new { number = "1", text = "Audit again", timescale = "WithinMonths", timescaleMonths = 6 });
        var recommendationJson = await recommendation.Content.ReadFromJsonAsync<JsonElement>();
        recommendationJson.GetProperty("dueOn").GetString().ShouldBe("2026-09-01");

        var noAgency = await business.PostAsJsonAsync($"/api/recommendations/recommendations/{recommendationJson.GetProperty("id").GetGuid()}/actions", new { description = "Re-audit six cases", leadOfficer = "QA lead", dueOn = "2026-01-01" });
        noAgency.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await noAgency.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("leadAgencyId")[0].GetString().ShouldBe("Select the lead agency");
        errors.GetProperty("dueOn")[0].GetString()!.ShouldContain("cannot be before the source's date");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.key_actions WHERE description = 'Re-audit six cases'")).ShouldBe(0);
    }

    private static async Task<Guid> OpenActionOf(HttpClient client)
    {
        var actions = await client.GetFromJsonAsync<JsonElement>("/api/recommendations/actions?status=Amber&sort=source");
        return actions.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid actionId, string narrative, string? status, bool completed = false, string? impact = null, (string Name, byte[] Content)[]? files = null, int? seen = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(narrative), "narrative" },
            { new StringContent(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "reportedOn" },
            { new StringContent(completed ? "true" : "false"), "proposedCompleted" },
        };
        if (status is not null)
        {
            form.Add(new StringContent(status), "proposedStatus");
        }
        if (impact is not null)
        {
            form.Add(new StringContent(impact), "impact");
        }
        if (seen is { } count)
        {
            form.Add(new StringContent(count.ToString(System.Globalization.CultureInfo.InvariantCulture)), "updatesSeen");
        }
        foreach (var (name, content) in files ?? [])
        {
            form.Add(new ByteArrayContent(content), "evidence", name);
        }
        return await client.PostAsync(new Uri($"/api/recommendations/actions/{actionId}/progress", UriKind.Relative), form);
    }
}
