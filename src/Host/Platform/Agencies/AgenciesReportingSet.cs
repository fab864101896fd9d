using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Platform.Agencies;

/// <summary>The partnership's agencies: the dimension every agency-owned fact relates to by AgencyId.</summary>
internal sealed class AgenciesReportingSet : ReportingSet<AgencyRow>
{
    public override string Name => "Agencies";

    public override string Description => "The partnership's agencies (councils, NHS trusts, police, schools, housing and others), current and former.";

    public override IQueryable<AgencyRow> Rows(IServiceProvider services) =>
        services.GetRequiredService<PlatformDbContext>().Agencies.AsNoTracking()
            .Select(a => new AgencyRow { AgencyId = a.Id, Name = a.Name, Type = a.Type, IsActive = a.IsActive });
}

internal sealed class AgencyRow
{
    [Key]
    [Description("The agency's identifier; AgencyId in every other set refers to it.")]
    public Guid AgencyId { get; init; }

    [Description("The agency's name.")]
    public required string Name { get; init; }

    [Description("The kind of agency: childrens-social-care, education, health, police, housing, probation, voluntary or business-unit.")]
    public required string Type { get; init; }

    [Description("False once the agency has left the partnership; its records stay.")]
    public bool IsActive { get; init; }
}
