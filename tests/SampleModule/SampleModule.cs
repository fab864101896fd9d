using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Sample;

internal sealed class SampleModule : IModule
{
    public string Name => "Sample";

    public string Title => "Sample";

    public string Summary => "A module that exists only in the tests.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SampleDbContext>(SampleDbContext.SchemaName);
        services.AddScoped<JobRunRecorder>();
    }
}
