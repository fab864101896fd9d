using System.Net;
using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;
using Shouldly;
using Xunit;

namespace Partnership.Testing;

/// <summary>
/// What every module owes the platform, checked the same way for each: its hand-written migrations
/// build exactly the schema its EF model expects, and its home screen is served under /&lt;module&gt;.
/// A module's test project derives one class from this.
/// </summary>
public abstract class ModuleConformanceTests(Type contextType, string moduleName) : SchemaConformanceTests(contextType)
{
    [Fact]
    public async Task Its_home_screen_is_served_under_its_name()
    {
        var client = await Host.SignedInAsync(SignIn.Business);
        var response = await client.GetAsync(new Uri("/" + moduleName.ToLowerInvariant(), UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain($"<h1 class=\"govuk-heading-xl\">{moduleName}</h1>");
    }
}

/// <summary>
/// A schema's hand-written migrations build exactly what its EF model expects (compared with the
/// schema EF creates from the model on a second fresh database), and its history is its own.
/// </summary>
public abstract class SchemaConformanceTests(Type contextType) : IAsyncLifetime
{
    private readonly TestDatabase _migrated = new();
    private readonly TestDatabase _modelled = new();
    private PartnershipHost? _host;

    protected PartnershipHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        await _migrated.InitializeAsync();
        await _modelled.InitializeAsync();
        _host = new PartnershipHost(_migrated.ConnectionString);
        _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        await _migrated.DisposeAsync();
        await _modelled.DisposeAsync();
    }

    [Fact]
    public async Task Migrations_build_exactly_the_schema_the_model_expects()
    {
        string schema;
        await using (var context = ContextOn(_modelled))
        {
            schema = context.Schema;
            await context.Database.EnsureCreatedAsync();
        }

        var migrated = await SchemaSnapshot.ReadAsync(_migrated.ConnectionString, schema);
        var modelled = await SchemaSnapshot.ReadAsync(_modelled.ConnectionString, schema);

        migrated.ShouldNotBeEmpty();
        migrated.Except(modelled).ShouldBeEmpty("the migrations create what the model does not have");
        modelled.Except(migrated).ShouldBeEmpty("the model has what the migrations do not create");
    }

    [Fact]
    public async Task Its_migrations_history_is_kept_in_its_own_schema()
    {
        await using var context = ContextOn(_migrated);
        var applied = await _migrated.ScalarAsync<long>($"SELECT count(*) FROM {context.Schema}.__migrations");
        applied.ShouldBeGreaterThan(0);
    }

    private ModuleDbContext ContextOn(TestDatabase database)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseNpgsql(database.ConnectionString);
        return (ModuleDbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }
}
