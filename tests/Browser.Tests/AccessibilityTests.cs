using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    // WCAG 2.2 AA, which UK public sector bodies must meet, and the levels it includes.
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Every_page_passes_axe_core_for_WCAG_2_2_AA(string viewport)
    {
        var violations = new List<string>();
        foreach (var target in fixture.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target, Viewports.Named(viewport));
            var result = await visit.Page.RunAxe(Wcag22AA);
            violations.AddRange(result.Violations.Select(violation =>
                $"{target}: {violation.Id} ({violation.Impact}) {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}"));
        }

        violations.ShouldBeEmpty();
    }
}
