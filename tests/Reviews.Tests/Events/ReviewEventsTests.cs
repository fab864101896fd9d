using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Contracts;
using Partnership.SharedKernel.Users;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Events;

public sealed class ReviewEventsTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_decision_a_hold_a_resumption_publication_and_closure_each_reach_the_outbox_with_the_change()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var id = await AddAsync(client, "RR-2024-09", "RapidReview", new { incidentKnownOn = "2024-01-08", notifiedOn = "2024-01-10" });

        await MoveAsync(client, id, new { stage = "RapidReview", on = "2024-01-24" });
        await MoveAsync(client, id, new { stage = "Decided", on = "2024-01-26", decision = "LocalReview" });
        await OkAsync(client.PostAsJsonAsync($"/api/reviews/{id}/holds", new { process = "CriminalTrial", reason = "Trial listed for June", on = "2024-02-01", lookAgainOn = "2024-07-01" }));
        await OkAsync(client.PostAsJsonAsync($"/api/reviews/{id}/resume", new { on = "2024-07-02" }));
        foreach (var (stage, on) in new[] { ("Commissioned", "2024-07-03"), ("InProgress", "2024-07-10"), ("Draft", "2024-09-10"), ("SignedOff", "2024-10-01"), ("Published", "2024-10-15"), ("Closed", "2025-10-15") })
        {
            await MoveAsync(client, id, new { stage, on });
        }

        var events = await EventsAsync(id);
        events.Select(e => e.Type).ShouldBe(["ReviewDecisionMade", "ReviewHeld", "ReviewResumed", "ReviewPublished", "ReviewClosed"]);
        events[0].Payload.GetProperty("decision").GetString().ShouldBe(nameof(ReviewDecision.LocalReview));
        events[0].Payload.GetProperty("reference").GetString().ShouldBe("RR-2024-09");
        events[1].Payload.GetProperty("process").GetString().ShouldBe("Criminal trial");
        events[1].Payload.GetProperty("lookAgainOn").GetString().ShouldBe("2024-07-01");
        events[3].Payload.GetProperty("publishedOn").GetString().ShouldBe("2024-10-15");
    }

    [Fact]
    public async Task A_refused_move_publishes_nothing()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var id = await AddAsync(client, "TR-2024-09", "ThematicReview", new { commissionedOn = "2024-01-08" });

        (await client.PostAsJsonAsync($"/api/reviews/{id}/moves", new { stage = "Published", on = "2024-02-01" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await EventsAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_catalogue_answers_other_modules_with_what_the_caller_may_read()
    {
        using var scope = fixture.Host.Services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<IReviewCatalogue>();

        var all = await catalogue.ListAsync(CancellationToken.None);

        var childH = all.Single(r => r.Reference == "SCR-2010-01");
        childH.Type.ShouldBe("SeriousCaseReview");
        childH.SourceDate.ShouldBe(childH.PublishedOn ?? childH.SignedOffOn);
        (await catalogue.FindAsync(childH.Id, CancellationToken.None))!.Reference.ShouldBe("SCR-2010-01");
        (await catalogue.FindAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
        scope.ServiceProvider.GetRequiredService<ICurrentUser>().IsSystem.ShouldBeTrue();
    }

    private static async Task<Guid> AddAsync(HttpClient client, string reference, string type, object dates)
    {
        var body = JsonSerializer.SerializeToNode(dates)!.AsObject();
        body["reference"] = reference;
        body["type"] = type;
        body["subject"] = "Child " + reference;
        var created = await client.PostAsJsonAsync("/api/reviews", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task MoveAsync(HttpClient client, Guid id, object move) => OkAsync(client.PostAsJsonAsync($"/api/reviews/{id}/moves", move));

    private static async Task OkAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<List<(string Type, JsonElement Payload)>> EventsAsync(Guid reviewId)
    {
        var rows = await fixture.Database.ScalarAsync<string>(
            $"SELECT coalesce(json_agg(json_build_object('type', event_type, 'payload', payload) ORDER BY occurred_at, id), '[]') FROM reviews.outbox_messages WHERE payload ->> 'reviewId' = '{reviewId}'");
        return JsonDocument.Parse(rows!).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("type").GetString()!.Split('.')[^1], e.GetProperty("payload")))
            .ToList();
    }
}
