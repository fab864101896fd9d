using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Partnership.Host.Pages;

/// <summary>Bodies for error status codes with no body of their own (404, 403, 400...), in the style of the service.</summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        404 => "Page not found",
        403 => "You do not have access to this page",
        400 => "There is a problem with your request",
        _ => "Sorry, there is a problem with the service",
    };

    public string Explanation => Code switch
    {
        403 => "Your account does not allow this. If you think it should, contact the partnership business unit.",
        400 => "The request could not be understood. Go back and try again.",
        _ => "Try again later.",
    };

    public IActionResult OnGet(int code) => Respond(code);

    public IActionResult OnPost(int code) => Respond(code);

    private IActionResult Respond(int code)
    {
        Code = code;
        Response.StatusCode = code;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        if (ErrorResponses.IsApiPath(originalPath))
        {
            return ErrorResponses.Problem(code, Heading, HttpContext.TraceIdentifier);
        }
        return Page();
    }
}
