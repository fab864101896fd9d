using Partnership.Host.Data;
using Partnership.Testing;

namespace Partnership.Host.Tests.Data;

/// <summary>The platform's schema is held to the same rules as a module's.</summary>
public sealed class PlatformSchemaTests() : SchemaConformanceTests(typeof(PlatformDbContext));
