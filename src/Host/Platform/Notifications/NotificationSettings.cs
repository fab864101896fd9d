namespace Partnership.Host.Platform.Notifications;

/// <summary>
/// <c>Site:BaseUrl</c>: the address people use to reach the hub. Emails sent by scheduled jobs have no
/// request to take it from, so their links are made with this; without it they give the path alone.
/// </summary>
internal sealed class NotificationSettings
{
    public string? BaseUrl { get; init; }

    public string Absolute(string path) =>
        string.IsNullOrWhiteSpace(BaseUrl) ? path : BaseUrl.TrimEnd('/') + path;
}
