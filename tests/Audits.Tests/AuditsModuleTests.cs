using Partnership.Modules.Audits.Data;
using Partnership.Testing;

namespace Partnership.Modules.Audits.Tests;

public sealed class AuditsModuleTests() : ModuleConformanceTests(typeof(AuditsDbContext), "Audits");
