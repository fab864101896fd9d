using Partnership.SharedKernel.Notifications;

namespace Partnership.Host.Platform.Notifications;

/// <summary>What a module's notice must be; a wrong one is a programming error, found in its tests.</summary>
internal static class NoticeRules
{
    public const int MaxKey = 300;
    public const int MaxSubject = 200;
    public const int MaxBody = 2000;
    public const int MaxLink = 500;

    /// <summary>
    /// The notice as it is kept. Key and link are the module's own making and must be right; subject and
    /// body carry what people typed (a review's subject), so a long one is shortened, not refused.
    /// </summary>
    public static Notice Checked(Notice notice)
    {
        Require(notice.Key.Length is > 0 and <= MaxKey, $"A notice key is 1 to {MaxKey} characters.");
        Require(!string.IsNullOrWhiteSpace(notice.Subject) && !string.IsNullOrWhiteSpace(notice.Body), "A notice has a subject and a body.");
        Require(notice.Link is null || (notice.Link.Length <= MaxLink && notice.Link.StartsWith('/') && !notice.Link.StartsWith("//", StringComparison.Ordinal)),
            "A notice link is a path within the hub, starting with one '/'.");
        return notice with { Subject = Shortened(notice.Subject, MaxSubject), Body = Shortened(notice.Body, MaxBody) };
    }

    private static string Shortened(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
