using Microsoft.AspNetCore.Identity;

namespace Partnership.Host.Platform.Users;

/// <summary>
/// NCSC's advice: length over complexity. At least 12 characters (IdentityOptions), none of the
/// passwords attackers try first, and nothing built from the person's own email address.
/// </summary>
internal sealed class NcscPasswordValidator : IPasswordValidator<PlatformUser>
{
    private static readonly HashSet<string> DenyList = LoadDenyList();

    public Task<IdentityResult> ValidateAsync(UserManager<PlatformUser> manager, PlatformUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var lowered = password.ToLowerInvariant();
        var localPart = user.Email.Split('@')[0].ToLowerInvariant();
        if (DenyList.Contains(lowered) || lowered.Distinct().Count() <= 2)
        {
            return Failed("CommonPassword", "Choose a password that is harder to guess: this one is on the list of passwords attackers try first");
        }
        if (localPart.Length >= 4 && lowered.Contains(localPart, StringComparison.Ordinal))
        {
            return Failed("ContainsEmail", "Choose a password that does not contain your email address");
        }
        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> LoadDenyList()
    {
        using var stream = typeof(NcscPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the host assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }
}
