namespace Partnership.SharedKernel.Notifications;

/// <summary>
/// Something a person should know: shown in their in-app inbox and emailed when SMTP is configured.
/// <paramref name="Key"/> names the occasion ("reviews:deadline-missed:{review}:publication"); a person
/// is told about one key once, however often a job raises it.
/// </summary>
public sealed record Notice(string Key, string Subject, string Body, string? Link = null);
