using Partnership.SharedKernel.Notifications;

namespace Partnership.Host.Platform.Notifications;

/// <summary>What a module's notice must be; a wrong one is a programming error, found in its tests.</summary>
internal static class NoticeRules
{
    public const int MaxKey = 300;
    public const int MaxSubject = 200;
    public const int MaxBody = 2000;
    public const int MaxLink = 500;

    public static void Check(Notice notice)
    {
        Require(notice.Key.Length is > 0 and <= MaxKey, $"A notice key is 1 to {MaxKey} characters.");
        Require(notice.Subject.Length is > 0 and <= MaxSubject, $"A notice subject is 1 to {MaxSubject} characters.");
        Require(notice.Body.Length is > 0 and <= MaxBody, $"A notice body is 1 to {MaxBody} characters.");
        Require(notice.Link is null || (notice.Link.Length <= MaxLink && notice.Link.StartsWith('/') && !notice.Link.StartsWith("//", StringComparison.Ordinal)),
            "A notice link is a path within the hub, starting with one '/'.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
