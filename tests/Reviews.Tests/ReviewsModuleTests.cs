using Partnership.Modules.Reviews.Data;
using Partnership.Testing;

namespace Partnership.Modules.Reviews.Tests;

public sealed class ReviewsModuleTests() : ModuleConformanceTests(typeof(ReviewsDbContext), "Reviews");
