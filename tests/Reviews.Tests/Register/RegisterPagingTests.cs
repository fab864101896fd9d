using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Register;

/// <summary>Adds reviews to make a second page, so it has its own database.</summary>
public sealed class RegisterPagingTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_register_longer_than_a_page_is_paged_with_its_filters_kept()
    {
        await fixture.Database.ScalarAsync<long>("""
            WITH added AS (
                INSERT INTO reviews.reviews (id, reference, type, subject, stage, commissioned_on)
                SELECT gen_random_uuid(), 'PAGE-' || n, 'ThematicReview', 'Paging ' || n, 'Commissioned', date '2015-01-05' + n
                FROM generate_series(1, 30) AS n
                RETURNING 1)
            SELECT count(*) FROM added
            """);
        var client = await fixture.Host.SignedInAsync(SignIn.Business);

        var first = await client.GetStringAsync(new Uri("/reviews?sort=opened", UriKind.Relative));
        first.ShouldContain("class=\"govuk-pagination\"");
        first.ShouldContain("href=\"?sort=opened&amp;page=2\" aria-label=\"Page 2\"");

        var second = await client.GetStringAsync(new Uri("/reviews?sort=opened&page=2", UriKind.Relative));
        second.ShouldContain("aria-label=\"Page 2\" aria-current=\"page\"");
    }
}
