using Microsoft.AspNetCore.Http;
using Partnership.Host.Pages.Shared;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Shell;

public sealed class NavigationItemTests
{
    private static readonly NavigationItem Reviews = new("/reviews", "Reviews");

    [Theory]
    [InlineData("/reviews")]
    [InlineData("/reviews/")]
    [InlineData("/Reviews")]
    public void Its_own_page_is_the_current_page(string path) =>
        Reviews.AriaCurrent(new PathString(path)).ShouldBe("page");

    [Theory]
    [InlineData("/reviews/new")]
    [InlineData("/reviews/2026-004/timeline")]
    public void A_page_inside_its_section_marks_the_section(string path) =>
        Reviews.AriaCurrent(new PathString(path)).ShouldBe("true");

    [Theory]
    [InlineData("/")]
    [InlineData("/recommendations")]
    [InlineData("/reviewsarchive")]
    public void Any_other_page_leaves_it_unmarked(string path) =>
        Reviews.AriaCurrent(new PathString(path)).ShouldBeNull();
}
