namespace Partnership.SharedKernel.Access;

/// <summary>
/// A record that belongs to one agency: an agency's users read and change only their own agency's;
/// the business team reads and changes all; the scrutineer reads all. ModuleDbContext enforces it for
/// every entity that implements this, on every query and every save.
/// </summary>
public interface IAgencyOwned
{
    Guid AgencyId { get; }
}
