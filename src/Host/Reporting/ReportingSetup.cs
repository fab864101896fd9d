using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Audit;
using Partnership.Host.Reporting.Authentication;
using Partnership.Host.Reporting.Limits;
using Partnership.Host.Reporting.Model;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Reporting;

internal static class ReportingSetup
{
    public const string Path = "/odata";

    public static void AddReportingFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Reporting").Get<FeedLimits>() ?? new FeedLimits());
        services.AddSingleton<IReportingSet, AgenciesReportingSet>();
        services.AddSingleton<IReportingSet, AuditTrailReportingSet>();
        services.AddSingleton(provider => new ReportingModel(provider.GetServices<IReportingSet>()));
        services.AddSingleton<ReportingFeed>();
        services.AddScoped<FeedAuthentication>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["application/json", "application/xml", "text/plain"];
        });
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
    }

    /// <summary>
    /// The feed answers everything under <c>/odata</c> itself, before the screens' error pages and
    /// cookie sign-in: its clients read OData JSON and authenticate with tokens.
    /// </summary>
    public static void UseReportingFeed(this WebApplication app)
    {
        var feed = app.Services.GetRequiredService<ReportingFeed>();
        app.Map(Path, branch =>
        {
            branch.UseResponseCompression();
            branch.Run(feed.HandleAsync);
        });
    }
}
