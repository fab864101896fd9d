namespace Partnership.Host.Pages.Admin.Users;

/// <summary>One person in the list of people.</summary>
internal sealed record PersonRow(Guid Id, string Name, string Email, string Agency, IReadOnlyList<string> Roles, bool IsActive, bool HasPassword);
