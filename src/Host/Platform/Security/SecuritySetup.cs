using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Partnership.Host.Platform.DataProtection;
using Microsoft.AspNetCore.Identity;
using Partnership.Host.Pages;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Platform.Security;

internal static class SecuritySetup
{
    public static void AddPlatformSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection("Security").Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);
        services.AddHttpContextAccessor();
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddDataProtection().SetApplicationName("PartnershipHub");
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseKeyRepository>((options, keys) => options.XmlRepository = keys);
        services.AddScoped<ICurrentUser, CurrentUser>();

        services.AddIdentityCore<PlatformUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = security.LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the email address, and real ones carry apostrophes and more.
                options.User.AllowedUserNameCharacters = "";
            })
            .AddUserStore<PlatformUserStore>()
            .AddSignInManager<PlatformSignInManager>()
            .AddClaimsPrincipalFactory<PlatformClaims>()
            .AddPasswordValidator<NcscPasswordValidator>()
            // Invitation links and authenticator apps; no phone or email codes.
            .AddTokenProvider<DataProtectorTokenProvider<PlatformUser>>(TokenOptions.DefaultProvider)
            .AddTokenProvider<AuthenticatorTokenProvider<PlatformUser>>(TokenOptions.DefaultAuthenticatorProvider);

        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = security.InvitationLinkLifetime);

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options => ConfigureSessionCookie(options, security)));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireRole(Roles.BusinessTeam, Roles.AgencyLead, Roles.Practitioner, Roles.Scrutineer)
                .Build())
            .AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.BusinessTeam, policy => policy.RequireRole(Roles.BusinessTeam));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policies.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = security.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options, SecurityOptions security)
    {
        options.Cookie.Name = "partnership.session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request is HTTPS (every deployment); plain HTTP only on loopback for the demo.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = security.IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/status/403";
        // A deactivated person is signed out at their next request; changed roles apply from it.
        options.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        options.Events.OnRedirectToLogin = context => ApiAnswersWithStatus(context, StatusCodes.Status401Unauthorized);
        // Forbidden is 403 for pages too: the status page explains it, and the address stays the same.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    // A JSON client gets a status code, not a redirect to a page it cannot use.
    private static Task ApiAnswersWithStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ErrorResponses.IsApiPath(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
