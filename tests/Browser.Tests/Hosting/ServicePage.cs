namespace Partnership.Browser.Tests.Hosting;

/// <summary>A page the browser tests open, and the HTTP status it answers with.</summary>
public sealed record ServicePage(string Path, int Status = 200)
{
    public static readonly ServicePage Home = new("/");

    public static readonly ServicePage AccessibilityStatement = new("/accessibility");

    public static readonly ServicePage NotFound = new("/no-such-page", 404);

    public static readonly ServicePage Error = new("/error", 500);

    public override string ToString() => Path;
}
