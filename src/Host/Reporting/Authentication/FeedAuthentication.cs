using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;
using Partnership.Host.Platform.Tokens;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Reporting.Authentication;

/// <summary>
/// Who is reading the feed: Basic with an email and a reporting token, or the token alone in the one
/// query parameter that is not an OData option (Power Query's "Web API" key, named by the analyst).
/// The person gets the same claims as at sign-in, so every access rule reads them as usual.
/// </summary>
internal sealed class FeedAuthentication(ReportingTokens tokens, IUserClaimsPrincipalFactory<PlatformUser> principals)
{
    public const string Challenge = "Basic realm=\"Partnership Hub reporting feed\", charset=\"UTF-8\"";

    /// <summary>The person, or null when no credentials were given or they do not work.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var user = await FindAsync(request, cancellationToken);
        return user is null ? null : await principals.CreateAsync(user);
    }

    /// <summary>The query parameters that are not OData options: at most one name, the API key.</summary>
    public static IReadOnlyList<string> CustomParameters(HttpRequest request) =>
        [.. request.Query.Keys.Where(k => !k.StartsWith('$'))];

    private async Task<PlatformUser?> FindAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var custom = CustomParameters(request);
        if (request.Headers.Authorization is [{ } authorization] && authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            if (custom.Count > 0)
            {
                throw FeedException.Unsupported($"The query option {custom[0]} is not supported: with Basic authentication, give only OData options.");
            }
            return Basic(authorization["Basic ".Length..].Trim()) is var (email, secret) && email.Length > 0
                ? await tokens.AuthenticateAsync(email, secret, cancellationToken)
                : null;
        }
        if (custom.Count > 1)
        {
            throw FeedException.Unsupported($"Only one query option may carry the reporting token; {string.Join(", ", custom)} were given.");
        }
        if (custom.Count == 1)
        {
            // Power Query adds the key to addresses that may already carry it: the same value twice is one key.
            var values = request.Query[custom[0]].Distinct(StringComparer.Ordinal).ToList();
            return values is [{ Length: > 0 } key] ? await tokens.AuthenticateAsync(key, cancellationToken) : null;
        }
        return null;
    }

    private static (string Email, string Secret)? Basic(string encoded)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static void Refuse(HttpResponse response) => response.Headers[HeaderNames.WWWAuthenticate] = Challenge;
}
