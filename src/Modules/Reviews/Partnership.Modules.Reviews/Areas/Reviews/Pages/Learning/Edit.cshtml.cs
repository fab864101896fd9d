using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Learning;

/// <summary>Changes an item; the form carries its version, so a change made meanwhile is refused with a message.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class EditLearningModel(ReviewLearning learning, ThemeList themes, IAgencyDirectory directory) : LearningForm(learning, themes, directory)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken, review =>
        {
            if (review.Items.FirstOrDefault(i => i.Item.Id == itemId) is not { } view)
            {
                return false;
            }
            (Kind, Text, Version) = (view.Item.Kind, view.Item.Text, view.Item.Version);
            ThemeIds = [.. view.Themes.Select(t => t.Id)];
            AgencyIds = [.. view.Agencies.Select(a => a.Id)];
            return true;
        }) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        SaveAsync(id, async () => await Learning.ChangeAsync(id, itemId, Input, cancellationToken) is not null, cancellationToken);
}
