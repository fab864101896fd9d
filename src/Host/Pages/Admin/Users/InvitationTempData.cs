using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>
/// Carries a new invitation link across the redirect to the page that shows it, once: the link is a
/// credential, so it is kept in the encrypted temp data cookie and never in an address or the database.
/// </summary>
internal static class InvitationTempData
{
    private const string Person = "Invitation.Person";
    private const string Link = "Invitation.Link";
    private const string Email = "Invitation.Email";

    public static void Keep(ITempDataDictionary tempData, Guid personId, Invitation invitation)
    {
        tempData[Person] = personId.ToString();
        tempData[Link] = invitation.Link;
        tempData[Email] = invitation.Email.ToString();
    }

    /// <summary>The invitation just made for this person, if any; reading it uses it up.</summary>
    public static Invitation? Take(ITempDataDictionary tempData, Guid personId)
    {
        // Temp data gives back a string that reads as a Guid as a Guid.
        var person = tempData[Person]?.ToString();
        var link = tempData[Link] as string;
        var email = tempData[Email] as string;
        return person == personId.ToString() && link is not null && Enum.TryParse<InvitationEmail>(email, out var sent)
            ? new Invitation(link, sent)
            : null;
    }
}
