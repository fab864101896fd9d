using Partnership.Modules.Health.Data;
using Partnership.Testing;

namespace Partnership.Modules.Health.Tests;

public sealed class HealthModuleTests() : ModuleConformanceTests(typeof(HealthDbContext), "Health");
