using Microsoft.Extensions.DependencyInjection;
using Partnership.SharedKernel.Jobs;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Plans;

public sealed class RemindersTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Overdue_actions_are_told_to_their_agencys_leads_once_and_published_once()
    {
        await RunAsync();
        await RunAsync();

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.outbox_messages WHERE event_type LIKE '%ActionOverdue'")).ShouldBe(6);
        var healthNotices = await fixture.Database.ColumnAsync(
            "SELECT n.subject FROM platform.notifications n JOIN platform.users u ON u.id = n.user_id WHERE u.email = 'health.lead@demo.example' AND n.key LIKE 'recommendations:overdue:%'");
        healthNotices.ShouldBe(["An action is overdue"]);
        (await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM platform.notifications n JOIN platform.users u ON u.id = n.user_id WHERE u.email = 'police.lead@demo.example' AND n.key LIKE 'recommendations:overdue:%'")).ShouldBe(1);
    }

    private async Task RunAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "ActionReminders");
        await job.RunAsync(CancellationToken.None);
    }
}
