using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Pages.Shared;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>
/// Changes a person's name, agency and roles. The form carries the row version it was read at, so a
/// change made meanwhile by someone else is reported, not overwritten. A change of roles is recorded
/// as its own event in the audit trail; it applies from the person's next request.
/// </summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class EditModel(PlatformDbContext db, ICurrentUser currentUser) : PageModel
{
    public const string RolesChanged = "RolesChanged";
    public const string OwnBusinessTeamRole = "You cannot remove your own business team role. Ask another member of the business team.";

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? AgencyId { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public uint Version { get; set; }

    public PlatformUser Person { get; private set; } = null!;

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public PersonFields Fields => new(Name, AgencyId, Roles, Agencies);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Name = Person.DisplayName;
        AgencyId = Person.AgencyId;
        Roles = [.. Person.Roles];
        Version = Person.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Fields.Check(ModelState);
        if (Person.Id == currentUser.UserId && !Roles.Contains(SharedKernel.Users.Roles.BusinessTeam))
        {
            ModelState.AddModelError(nameof(Roles), OwnBusinessTeamRole);
        }
        if (!ModelState.IsValid)
        {
            ViewData.ListErrorsInOrder(nameof(Name), nameof(AgencyId), nameof(Roles));
            return Page();
        }

        var rolesBefore = Person.Roles.ToList();
        var rolesAfter = Fields.OrderedRoles();
        db.Entry(Person).Property(u => u.Version).OriginalValue = Version;
        Person.DisplayName = Name!.Trim();
        Person.AgencyId = AgencyId!.Value;
        if (!rolesBefore.Order().SequenceEqual(rolesAfter.Order()))
        {
            Person.Roles = rolesAfter;
            db.RecordEvent(RolesChanged, nameof(PlatformUser), Person.Id.ToString(), $"{Person.Email}: from {Describe(rolesBefore)} to {Describe(rolesAfter)}");
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(cancellationToken);
        }
        Message = $"{Person.DisplayName}'s details have been saved";
        return Redirect($"/admin/users/{Person.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } person)
        {
            return false;
        }
        Person = person;
        Agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.IsActive || a.Id == person.AgencyId)
            .ByName()
            .ToListAsync(cancellationToken);
        return true;
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(Person.Id, cancellationToken);
        // The next save is made knowing what the other person did.
        Version = Person.Version;
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError("",
            $"Someone else changed {Person.DisplayName}'s details while you were editing them. They are now: {Person.DisplayName}, "
            + $"{Agencies.FirstOrDefault(a => a.Id == Person.AgencyId)?.Name}, {Describe(Person.Roles)}. Check your changes and save again.");
        return Page();
    }

    private static string Describe(IEnumerable<string> roles) =>
        string.Join(", ", SharedKernel.Users.Roles.All.Where(roles.Contains).Select(SharedKernel.Users.Roles.DisplayName));
}
