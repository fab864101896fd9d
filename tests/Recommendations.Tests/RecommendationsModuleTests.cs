using Partnership.Modules.Recommendations.Data;
using Partnership.Testing;

namespace Partnership.Modules.Recommendations.Tests;

public sealed class RecommendationsModuleTests() : ModuleConformanceTests(typeof(RecommendationsDbContext), "Recommendations");
