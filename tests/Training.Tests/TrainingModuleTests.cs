using Partnership.Modules.Training.Data;
using Partnership.Testing;

namespace Partnership.Modules.Training.Tests;

public sealed class TrainingModuleTests() : ModuleConformanceTests(typeof(TrainingDbContext), "Training");
