using Partnership.Modules.Housing.Data;
using Partnership.Testing;

namespace Partnership.Modules.Housing.Tests;

public sealed class HousingModuleTests() : ModuleConformanceTests(typeof(HousingDbContext), "Housing");
