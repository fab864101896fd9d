using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Scheduling;

/// <summary>
/// The jobs page lists every job of the switched-on modules and runs one on request. The sample's
/// Heartbeat succeeds and AlwaysFails fails every time; each records its runs in sample.job_runs.
/// </summary>
public sealed class JobsPageTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Run_now_runs_the_job_and_the_page_then_shows_how_it_went()
    {
        await using var host = new PartnershipHost(_database.ConnectionString);
        var page = new JobsPage(await host.SignedInAsync(SignIn.Business, followRedirects: true));

        var afterPost = await page.RunNowAsync("Sample", "Heartbeat");

        afterPost.ShouldContain("govuk-notification-banner--success");
        afterPost.ShouldContain("Sample Heartbeat has been started");
        (await Eventually.Returns(
            () => _database.ScalarAsync<long>("SELECT count(*) FROM sample.job_runs WHERE job = 'Heartbeat'"),
            runs => runs == 1)).ShouldBe(1);
        var row = await Eventually.Returns(() => page.RowAsync("Sample", "Heartbeat"), r => r!.Contains("Succeeded"));
        row.ShouldNotBeNull().ShouldContain("Succeeded");
        row.ShouldNotContain("Not run yet");
        row.ShouldContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await page.ReadAsync()).ShouldNotContain("has been started", Case.Sensitive, "the banner is shown once");
    }

    [Fact]
    public async Task A_failing_job_is_retried_and_its_failure_is_shown()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, new Dictionary<string, string?> { ["Scheduler:FirstRetryDelay"] = "00:00:00.200" });
        var page = new JobsPage(await host.SignedInAsync(SignIn.Business, followRedirects: true));

        await page.RunNowAsync("Sample", "AlwaysFails");

        // Two retries after the first attempt, all for the one occurrence the run was asked for.
        (await Eventually.Returns(
            () => _database.ScalarAsync<int?>("SELECT executions FROM sample.job_runs WHERE job = 'AlwaysFails'"),
            executions => executions == 3)).ShouldBe(3);
        (await _database.ScalarAsync<int>("SELECT last_attempt FROM sample.job_runs WHERE job = 'AlwaysFails'")).ShouldBe(2);
        var row = await Eventually.Returns(() => page.RowAsync("Sample", "AlwaysFails"), r => r!.Contains("1 failed run"));
        row.ShouldNotBeNull().ShouldContain("Failed");
        row.ShouldContain("1 failed run");
        row.ShouldContain("The sample job failed on purpose.");
    }

    [Fact]
    public async Task A_job_that_does_not_exist_cannot_be_run()
    {
        await using var host = new PartnershipHost(_database.ConnectionString);
        var client = await host.SignedInAsync(SignIn.Business, followRedirects: true);
        var token = SignIn.AntiforgeryToken(await new JobsPage(client).ReadAsync());

        var response = await client.PostAsync(
            new Uri("/jobs?handler=Run", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["module"] = "Sample", ["job"] = "Nothing", ["__RequestVerificationToken"] = token }));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Run_now_without_the_antiforgery_token_is_refused()
    {
        await using var host = new PartnershipHost(_database.ConnectionString);
        var client = await host.SignedInAsync(SignIn.Business, followRedirects: true);

        var response = await client.PostAsync(
            new Uri("/jobs?handler=Run", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["module"] = "Sample", ["job"] = "Heartbeat" }));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM sample.job_runs")).ShouldBe(0);
    }
}
