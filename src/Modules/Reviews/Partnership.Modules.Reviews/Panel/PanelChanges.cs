using Microsoft.EntityFrameworkCore;
using Npgsql;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Panel;

/// <summary>What the business team enters to put someone on a review's panel.</summary>
internal sealed record NewPanelMember(string? Name, string? Position, Guid? AgencyId, PanelRole? Role);

/// <summary>
/// Adds people to a review's panel and removes them. The review's chair and author are the panel's
/// current chair and author, kept in step here so the register shows the same names as the panel.
/// </summary>
internal sealed class PanelChanges(ReviewsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public async Task<PanelMember?> AddAsync(Guid reviewId, NewPanelMember input, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return null;
        }
        var current = await Members(reviewId).Where(m => m.RemovedOn == null).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("name", "Enter the panel member's name");
        }
        else if (name.Length > 200)
        {
            errors.Add("name", "The name must be 200 characters or fewer");
        }
        if (input.Position?.Trim().Length > 200)
        {
            errors.Add("position", "The post must be 200 characters or fewer");
        }
        if (input.AgencyId is { } agencyId && !(await agencies.AllAsync(cancellationToken)).Any(a => a.Id == agencyId))
        {
            errors.Add("agencyId", "Choose an agency from the list");
        }
        if (input.Role is not { } role)
        {
            errors.Add("role", "Select the panel member's role");
        }
        else if (role.IsSingle() && current.FirstOrDefault(m => m.Role == role) is { } holder)
        {
            errors.Add("role", $"{holder.Name} is already the review's {role.DisplayName().ToLowerInvariant()}. Remove them from the panel first");
        }
        errors.ThrowIfAny();

        var member = Member(review, name, input.Position, input.AgencyId, input.Role!.Value, UkTime.Today(time), Actor);
        db.Set<PanelMember>().Add(member);
        current.Add(member);
        KeepReviewInStep(review, current);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException saving) when (saving is DbUpdateConcurrencyException || saving.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ValidationException("role", $"Someone else changed the panel while you were adding {name}. Go back to the review to see the panel as it is now, then try again.");
        }
        return member;
    }

    public async Task<PanelMember?> RemoveAsync(Guid reviewId, Guid memberId, uint? version, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        var members = review is null ? [] : await Members(reviewId).ToListAsync(cancellationToken);
        var member = members.SingleOrDefault(m => m.Id == memberId);
        if (review is null || member is null)
        {
            return null;
        }
        if (!member.IsCurrent || (version is { } expected && expected != member.Version))
        {
            throw new ValidationException("version", $"Someone else changed {member.Name}'s place on the panel after you opened it. Go back to the review to see the panel as it is now.");
        }
        member.Remove(UkTime.Today(time), Actor);
        KeepReviewInStep(review, members.Where(m => m.IsCurrent).ToList());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", $"Someone else changed {member.Name}'s place on the panel after you opened it. Go back to the review to see the panel as it is now.");
        }
        return member;
    }

    /// <summary>A panel member made in code: the demo data and a new review's chair and author use it too.</summary>
    public static PanelMember Member(Review review, string name, string? position, Guid? agencyId, PanelRole role, DateOnly on, string by) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        Name = name.Trim(),
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim(),
        AgencyId = agencyId,
        Role = role,
        AddedOn = on,
        AddedBy = by,
    };

    public static void KeepReviewInStep(Review review, IReadOnlyList<PanelMember> current)
    {
        review.Chair = current.FirstOrDefault(m => m.IsCurrent && m.Role == PanelRole.Chair)?.Name;
        review.Author = current.FirstOrDefault(m => m.IsCurrent && m.Role == PanelRole.Author)?.Name;
    }

    private IQueryable<PanelMember> Members(Guid reviewId) => db.Set<PanelMember>().Where(m => m.ReviewId == reviewId);

    private string Actor => db.User.Email ?? "system";
}
