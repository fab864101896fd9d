using Partnership.Host.Data;
using Partnership.Host.Health;
using Partnership.Host.Messaging;
using Partnership.Host.Modules;
using Partnership.Host.Platform.ApiDescription;
using Partnership.Host.Platform.Email;
using Partnership.Host.Platform.Notifications;
using Partnership.Host.Scheduling;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Audit;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Seeding;
using Partnership.Host.Platform.Tokens;
using Partnership.Host.Platform.Users;
using Partnership.Host.Reporting;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Seeding;

namespace Partnership.Host.Startup;

/// <summary>The composition root: configuration, module discovery, the platform's services and the pipeline.</summary>
internal static class PartnershipApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var connectionString = builder.Configuration.GetConnectionString("Partnership");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupException("No database is configured. Set ConnectionStrings:Partnership (environment variable ConnectionStrings__Partnership), or start with ./build.sh run, which provides a local PostgreSQL.");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => DatabaseConnection.Create(connectionString));
        builder.Services.AddModuleDatabase<PlatformDbContext>(PlatformDbContext.SchemaName);
        // Lifecycle order: migrate, then seed the demo (when asked), then everything else starts.
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHostedService<SeedRunner>();
        builder.Services.AddScoped<ISeedData, DemoPartnership>();
        builder.Services.AddPlatformSecurity(builder.Configuration);
        builder.Services.AddScoped<SignInAudit>();
        builder.Services.AddScoped<ReportingTokens>();
        builder.Services.AddScoped<IAgencyDirectory, AgencyDirectory>();
        builder.Services.AddEmail(builder.Configuration);
        builder.Services.AddNotifications(builder.Configuration);
        builder.Services.AddScoped<Invitations>();
        builder.Services.AddSingleton<AuditSources>();
        builder.Services.AddSingleton<AuditSearch>();

        var mvc = builder.Services.AddRazorPages();
        builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddApiDescription();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddExceptionHandler<ValidationExceptionHandler>();
        builder.Services.AddExceptionHandler<AccessDeniedExceptionHandler>();
        var catalog = builder.AddModules(mvc);

        builder.Services.AddOutboxDelivery(builder.Configuration);
        builder.Services.AddScheduler(builder.Configuration, connectionString);
        builder.Services.AddReadinessChecks(catalog);
        builder.Services.AddReportingFeed(builder.Configuration);

        var app = builder.Build();
        app.UsePartnershipPipeline();
        return app;
    }
}
