namespace Partnership.SharedKernel.Access;

/// <summary>
/// A record of the partnership as a whole (a review, the theme list): only the business team changes it,
/// whoever may read it. ModuleDbContext enforces it on every save.
/// </summary>
public interface IPartnershipRecord;
