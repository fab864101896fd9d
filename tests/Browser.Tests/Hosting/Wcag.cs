using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Partnership.Browser.Tests.Hosting;

/// <summary>axe-core run for WCAG 2.2 AA, which UK public sector bodies must meet, and the levels it includes.</summary>
internal static class Wcag
{
    public static AxeRunOptions Level22AA { get; } = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Each violation on the page as it is now, naming the page, the rule and the elements.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Level22AA);
        return [.. result.Violations.Select(violation =>
            $"{page.Url}: {violation.Id} ({violation.Impact}) {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}")];
    }
}
