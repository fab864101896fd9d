using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.SharedKernel.Data;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.AgencyReports;

internal sealed class AgencyReportConfiguration : IEntityTypeConfiguration<AgencyReport>
{
    public void Configure(EntityTypeBuilder<AgencyReport> report)
    {
        report.ToTable("agency_reports");
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        report.Property(r => r.State).HasConversion<string>().HasMaxLength(40);
        report.Property(r => r.Text).HasMaxLength(AgencyReportChanges.MaxTextLength);
        report.Property(r => r.FileName).HasMaxLength(255);
        report.Property(r => r.ChangesComment).HasMaxLength(2000);
        report.Property(r => r.Version).IsXminRowVersion();
        report.Ignore(r => r.IsOutstanding);
        report.HasIndex(r => r.ReviewId);
        report.HasIndex(r => r.AgencyId);
        report.HasOne<Review>().WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
        report.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
