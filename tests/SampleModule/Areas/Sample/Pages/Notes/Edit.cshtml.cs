using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Partnership.Modules.Sample.Areas.Sample.Pages.Notes;

internal sealed class EditModel(SampleDbContext db) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync<Note>(id, cancellationToken) is not { } note)
        {
            return NotFound();
        }
        Text = note.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync<Note>(id, cancellationToken) is not { } note)
        {
            return NotFound();
        }
        note.Text = Text ?? "";
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }
}
