using Xunit;

namespace Partnership.Browser.Tests.Hosting;

/// <summary>Every browser test class shares one host and one browser, and the classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
