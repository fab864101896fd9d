using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;

namespace Partnership.Host.Platform.Users;

/// <summary>ASP.NET Core Identity's store over platform.users (the EF store package is not available).</summary>
internal sealed class PlatformUserStore(PlatformDbContext db) :
    IUserEmailStore<PlatformUser>,
    IUserPasswordStore<PlatformUser>,
    IUserSecurityStampStore<PlatformUser>,
    IUserLockoutStore<PlatformUser>,
    IUserTwoFactorStore<PlatformUser>,
    IUserAuthenticatorKeyStore<PlatformUser>,
    IUserRoleStore<PlatformUser>
{
    public void Dispose()
    {
    }

    public async Task<IdentityResult> CreateAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        db.Users.Add(user);
        return await SaveAsync(cancellationToken);
    }

    public Task<IdentityResult> UpdateAsync(PlatformUser user, CancellationToken cancellationToken) => SaveAsync(cancellationToken);

    public async Task<IdentityResult> DeleteAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        db.Users.Remove(user);
        return await SaveAsync(cancellationToken);
    }

    public async Task<PlatformUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id) ? await db.Users.FindAsync([id], cancellationToken) : null;

    public Task<PlatformUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindByEmailAsync(normalizedUserName, cancellationToken);

    public Task<PlatformUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task<string> GetUserIdAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task SetUserNameAsync(PlatformUser user, string? userName, CancellationToken cancellationToken) =>
        SetEmailAsync(user, userName, cancellationToken);

    public Task<string?> GetNormalizedUserNameAsync(PlatformUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedUserNameAsync(PlatformUser user, string? normalizedName, CancellationToken cancellationToken) =>
        SetNormalizedEmailAsync(user, normalizedName, cancellationToken);

    public Task SetEmailAsync(PlatformUser user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email ?? throw new ArgumentNullException(nameof(email));
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    // Invitations go to an address the business team knows; the one-time link proves it.
    public Task<bool> GetEmailConfirmedAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetEmailConfirmedAsync(PlatformUser user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> GetNormalizedEmailAsync(PlatformUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(PlatformUser user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedEmail ?? throw new ArgumentNullException(nameof(normalizedEmail));
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(PlatformUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(PlatformUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(PlatformUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(PlatformUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetTwoFactorEnabledAsync(PlatformUser user, bool enabled, CancellationToken cancellationToken)
    {
        user.TwoFactorEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.TwoFactorEnabled);

    public Task SetAuthenticatorKeyAsync(PlatformUser user, string key, CancellationToken cancellationToken)
    {
        user.AuthenticatorKey = key;
        return Task.CompletedTask;
    }

    public Task<string?> GetAuthenticatorKeyAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.AuthenticatorKey);

    public Task AddToRoleAsync(PlatformUser user, string roleName, CancellationToken cancellationToken)
    {
        if (!user.Roles.Contains(roleName, StringComparer.OrdinalIgnoreCase))
        {
            user.Roles.Add(roleName);
        }
        return Task.CompletedTask;
    }

    public Task RemoveFromRoleAsync(PlatformUser user, string roleName, CancellationToken cancellationToken)
    {
        user.Roles.RemoveAll(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase));
        return Task.CompletedTask;
    }

    public Task<IList<string>> GetRolesAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>([.. user.Roles]);

    public Task<bool> IsInRoleAsync(PlatformUser user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(user.Roles.Contains(roleName, StringComparer.OrdinalIgnoreCase));

    public async Task<IList<PlatformUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Roles.Contains(roleName)).ToListAsync(cancellationToken);

    private async Task<IdentityResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return IdentityResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
        }
    }
}
