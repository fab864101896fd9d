using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Platform.Seeding;
using Partnership.Testing;
using Shouldly;

namespace Partnership.Host.Tests.Administration;

/// <summary>Invites people through the real invitation form and finds them in the test database.</summary>
internal sealed class People(TestDatabase database, PartnershipHost host)
{
    public const string Password = "river kettle lantern orchard";

    public static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid().ToString("N")[..8]}@partnership.example";

    public Task<Guid> AgencyIdAsync(string name = DemoPartnership.SocialCare) =>
        database.ScalarAsync<Guid>($"SELECT id FROM platform.agencies WHERE name = '{name.Replace("'", "''", StringComparison.Ordinal)}'");

    public Task<Guid> IdAsync(string email) =>
        database.ScalarAsync<Guid>($"SELECT id FROM platform.users WHERE email = '{email.Replace("'", "''", StringComparison.Ordinal)}'");

    /// <summary>Invites a person and returns their id and the page that shows the link.</summary>
    public async Task<(Guid Id, string InvitationPage)> InviteAsync(HttpClient business, string email, string name = "Nia New", params string[] roles)
    {
        var agency = await AgencyIdAsync();
        var fields = new List<(string, string)> { ("Email", email), ("Name", name), ("AgencyId", agency.ToString()) };
        fields.AddRange((roles.Length == 0 ? new[] { "practitioner" } : roles).Select(r => ("Roles", r)));
        var invited = await business.SubmitAsync("/admin/users/invite", [.. fields]);
        var id = await IdAsync(email);
        invited.Location().ShouldBe($"/admin/users/{id}/invitation");
        return (id, await business.PageAsync(invited.Location()));
    }

    /// <summary>Invites a person who then sets their password through the link; they can sign in with <see cref="Password"/>.</summary>
    public async Task<Guid> InviteAndSetPasswordAsync(HttpClient business, string email, params string[] roles)
    {
        var (id, page) = await InviteAsync(business, email, "Nia New", roles);
        (await host.Browser().SubmitAsync(AdminForms.InvitationLink(page), ("Password", Password))).Location().ShouldBe("/account/password-set");
        return id;
    }

    public async Task<T> WithServiceAsync<T, TService>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
