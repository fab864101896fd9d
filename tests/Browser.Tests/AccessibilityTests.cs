using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Every_page_passes_axe_core_for_WCAG_2_2_AA(string viewport)
    {
        var violations = new List<string>();
        foreach (var target in fixture.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target, Viewports.Named(viewport));
            violations.AddRange(await Wcag.ViolationsAsync(visit.Page));
        }

        violations.ShouldBeEmpty();
    }
}
