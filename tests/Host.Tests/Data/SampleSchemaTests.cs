using Partnership.Modules.Sample;
using Partnership.Testing;

namespace Partnership.Host.Tests.Data;

/// <summary>The test-only sample module's hand-written migrations match its model, as every module's must.</summary>
public sealed class SampleSchemaTests() : SchemaConformanceTests(typeof(SampleDbContext));
