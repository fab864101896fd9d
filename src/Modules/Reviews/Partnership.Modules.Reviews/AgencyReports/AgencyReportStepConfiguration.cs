using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Partnership.Modules.Reviews.AgencyReports;

internal sealed class AgencyReportStepConfiguration : IEntityTypeConfiguration<AgencyReportStep>
{
    public void Configure(EntityTypeBuilder<AgencyReportStep> step)
    {
        step.ToTable("agency_report_steps");
        // Ids are made in code; never-generated keys let EF see a new step as added, not changed.
        step.Property(s => s.Id).ValueGeneratedNever();
        step.Property(s => s.State).HasConversion<string>().HasMaxLength(40);
        step.Property(s => s.Comment).HasMaxLength(2000);
        step.Property(s => s.FileName).HasMaxLength(255);
        step.Property(s => s.RecordedBy).HasMaxLength(320);
    }
}
