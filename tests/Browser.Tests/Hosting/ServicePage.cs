namespace Partnership.Browser.Tests.Hosting;

/// <summary>A page the browser tests open, the HTTP status it answers with, and whether it is opened signed in.</summary>
public sealed record ServicePage(string Path, int Status = 200, bool SignedIn = true)
{
    public static readonly ServicePage SignIn = new("/account/login", SignedIn: false);

    public static readonly ServicePage Home = new("/");

    public static readonly ServicePage AccessibilityStatement = new("/accessibility", SignedIn: false);

    public static readonly ServicePage NotFound = new("/no-such-page", 404);

    public static readonly ServicePage Error = new("/error", 500);

    /// <summary>The platform's own screens for a signed-in member of the business team.</summary>
    public static readonly IReadOnlyList<ServicePage> Platform =
    [
        new("/account/tokens"),
        new("/account/tokens/new"),
        new("/admin/audit"),
        new("/notifications"),
    ];

    public override string ToString() => Path;
}
