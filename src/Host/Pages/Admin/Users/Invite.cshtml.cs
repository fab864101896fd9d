using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Partnership.Host.Data;
using Partnership.Host.Pages.Shared;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Forms;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>Creates a person without a password, and the one-time link with which they set one.</summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class InviteModel(PlatformDbContext db, UserManager<PlatformUser> users, Invitations invitations, TimeProvider time) : PageModel
{
    public const int EmailMaxLength = 320;
    public const string EmailTaken = "There is already an account with this email address";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? AgencyId { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public PersonFields Fields => new(Name, AgencyId, Roles, Agencies);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await ActiveAgenciesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Agencies = await ActiveAgenciesAsync(cancellationToken);
        var email = Email?.Trim() ?? "";
        if (EmailProblem(email) is { } problem)
        {
            ModelState.AddModelError(nameof(Email), problem);
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError(nameof(Email), EmailTaken);
        }
        Fields.Check(ModelState);
        if (!ModelState.IsValid)
        {
            ViewData.ListErrorsInOrder(nameof(Email), nameof(Name), nameof(AgencyId), nameof(Roles));
            return Page();
        }

        var person = new PlatformUser
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            NormalizedEmail = users.NormalizeEmail(email),
            DisplayName = Name!.Trim(),
            AgencyId = AgencyId!.Value,
            Roles = Fields.OrderedRoles(),
            InvitedAt = time.GetUtcNow(),
        };
        Invitation? invitation;
        IdentityResult result;
        try
        {
            (invitation, result) = await invitations.InviteAsync(person, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Invited by someone else a moment ago.
            ModelState.AddModelError(nameof(Email), EmailTaken);
            return Page();
        }
        if (invitation is null)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Email), error.Code is "DuplicateEmail" or "DuplicateUserName" ? EmailTaken : error.Description);
            }
            return Page();
        }
        InvitationTempData.Keep(TempData, person.Id, invitation);
        return Redirect($"/admin/users/{person.Id}/invitation");
    }

    private static string? EmailProblem(string email)
    {
        if (email.Length == 0)
        {
            return "Enter the person's email address";
        }
        if (email.Length > EmailMaxLength)
        {
            return $"The email address must be {EmailMaxLength} characters or fewer";
        }
        var at = email.LastIndexOf('@');
        var wellFormed = at > 0 && at < email.Length - 1 && email.IndexOf('@', StringComparison.Ordinal) == at
            && email[(at + 1)..].Contains('.', StringComparison.Ordinal) && !email.Any(char.IsWhiteSpace);
        return wellFormed ? null : "Enter an email address in the correct format, like name@example.nhs.uk";
    }

    private Task<List<Agency>> ActiveAgenciesAsync(CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().Where(a => a.IsActive).ByName().ToListAsync(cancellationToken);
}
