using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.AddReview;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.Catalogue;
using Partnership.Modules.Reviews.Contracts;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.ListReviews;
using Partnership.Modules.Reviews.MoveReview;
using Partnership.Modules.Reviews.Panel;
using Partnership.Modules.Reviews.Reminders;
using Partnership.Modules.Reviews.TagReview;
using Partnership.Modules.Reviews.ThematicAnalysis;
using Partnership.Modules.Reviews.Themes;
using Partnership.Modules.Reviews.ViewReview;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Reviews;

internal sealed class ReviewsModule : IModule
{
    public string Name => "Reviews";

    public string Title => "Reviews";

    public string Summary => "The review register: rapid reviews, practice reviews, thematic reviews and inspections, with the statutory clock, panels, agency reports, themes and learning.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ReviewsDbContext>(ReviewsDbContext.SchemaName);
        services.AddScoped<RegisterQuery>();
        services.AddScoped<AddReviewHandler>();
        services.AddScoped<ReviewChanges>();
        services.AddScoped<ReviewDetailsQuery>();
        services.AddScoped<IReviewCatalogue, ReviewCatalogue>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<PanelQuery>();
        services.AddScoped<PanelChanges>();
        services.AddScoped<AgencyReportQueries>();
        services.AddScoped<AgencyReportChanges>();
        services.AddScoped<AgencyReportReminders>();
        services.AddScoped<ThemeList>();
        services.AddScoped<ReviewTagging>();
        services.AddScoped<ReviewLearning>();
        services.AddScoped<ThemeAnalysis>();
    }
}
