using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Learning;

[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class AddLearningModel(ReviewLearning learning, ThemeList themes, IAgencyDirectory directory) : LearningForm(learning, themes, directory)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        SaveAsync(id, async () => await Learning.AddAsync(id, Input, cancellationToken) is not null, cancellationToken);
}
