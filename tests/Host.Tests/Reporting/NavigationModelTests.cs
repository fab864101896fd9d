using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Validation;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Reporting.Limits;
using Partnership.Host.Reporting.Model;
using Partnership.Host.Reporting.Output;
using Partnership.Host.Reporting.Query;
using Partnership.SharedKernel.Reporting;
using Partnership.SharedKernel.Users;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>Navigations in the model (refused when badly declared) and the SQL a page with navigations becomes.</summary>
public sealed class NavigationModelTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    [Theory]
    [InlineData("Agencies", "AgencyId", "AgencyId", "another module or of the platform")]
    [InlineData("Nowhere", "AgencyId", "AgencyId", "not a reporting set")]
    [InlineData("Parcels", "Nope", "ParcelId", "Nope")]
    [InlineData("Parcels", "AgencyId", "Weight", "different types")]
    [InlineData("Parcels", "ParcelId", "ParcelId", "the name of another")]
    public void A_badly_declared_navigation_stops_the_model_with_a_clear_message(string target, string sourceColumn, string targetColumn, string message)
    {
        var name = message == "the name of another" ? "Weight" : "Onward";
        var set = new ParcelsSet(ReportingNavigation.One(name, target, sourceColumn, targetColumn));

        var refused = Should.Throw<InvalidOperationException>(() => new ReportingModel([set, new AgenciesReportingSet()]));
        refused.Message.ShouldContain(message);
    }

    [Fact]
    public void Navigations_declared_on_both_sides_are_partners_and_each_set_binds_its_target()
    {
        var model = new ReportingModel([new ParcelsSet(ReportingNavigation.One("Onward", "Parcels", "NextParcelId", "ParcelId"), ReportingNavigation.Many("Earlier", "Parcels", "ParcelId", "NextParcelId"))]);

        var parcels = model.Find("Parcels")!;
        var onward = parcels.Navigation("Onward")!.EdmProperty;
        onward.Partner.Name.ShouldBe("Earlier");
        onward.TargetMultiplicity().ShouldBe(EdmMultiplicity.ZeroOrOne);
        parcels.Navigation("Earlier")!.EdmProperty.Type.IsCollection().ShouldBeTrue();
        parcels.EntitySet.NavigationPropertyBindings.Select(b => (b.NavigationProperty.Name, b.Target.Name)).ShouldBe([("Onward", "Parcels"), ("Earlier", "Parcels")], ignoreOrder: true);
    }

    [Fact]
    public void The_model_of_every_set_passes_ODataLibs_own_validation()
    {
        var model = feed.Host.Services.GetRequiredService<ReportingModel>();

        model.Edm.Validate(out var errors).ShouldBeTrue(string.Join("; ", errors.Select(e => e.ErrorMessage)));
    }

    [Theory]
    [InlineData("$expand=SameDay($select=Name;$filter=IsOpen;$top=3)", "LEFT JOIN")]
    [InlineData("$expand=SameDay($expand=SameDay($select=Name))", "LEFT JOIN")]
    [InlineData("$filter=SameDay/any(m: m/IsOpen) and SameDay/all(m: m/Amount gt 0)", "EXISTS")]
    public void A_page_with_expansions_or_lambdas_is_one_SQL_statement(string options, string shape)
    {
        var sql = PageSql(options);

        sql.ShouldContain(shape, Case.Sensitive, sql);
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Count(s => s.Contains("SELECT", StringComparison.Ordinal)).ShouldBe(1, sql);
        sql.ShouldNotContain("OFFSET", Case.Sensitive, "paging is by keyset, and nested $top is a LIMIT");
    }

    [Fact]
    public void A_navigation_to_the_targets_key_is_a_plain_join_without_numbering_the_target_rows()
    {
        var sql = PageSql("$expand=Twin($select=Name)");

        sql.ShouldContain("LEFT JOIN", Case.Sensitive, sql);
        sql.ShouldNotContain("ROW_NUMBER", Case.Sensitive, sql);
    }

    /// <summary>The SQL of a 100-row page of Measurements with these query options, read by the platform.</summary>
    private string PageSql(string options)
    {
        using var scope = feed.Host.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<ReportingModel>();
        var parser = QueryParser.Parser(model, new Uri("http://localhost/odata/"), new Uri("http://localhost/odata/Measurements?" + options));
        parser.ParsePath();
        var readable = QueryPlan.ReadableRows(scope.ServiceProvider, SystemUser.Instance);
        var query = QueryParser.Parse(parser, model.Find("Measurements")!, null, new Microsoft.AspNetCore.Http.QueryCollection(), new FeedLimits(), DateTimeOffset.UtcNow, readable);
        return QueryPlan.Page(QueryPlan.Matching(query, scope.ServiceProvider, SystemUser.Instance), query, after: null, take: 100).ToQueryString();
    }

    [Fact]
    public void A_row_with_more_related_rows_than_the_bound_is_refused_rather_than_cut_short()
    {
        var model = feed.Host.Services.GetRequiredService<ReportingModel>();
        var sameDay = model.Find("Measurements")!.Navigation("SameDay")!;
        var expansion = new FeedExpansion(sameDay, new Selection([], true, [], []), Bound: 2, Rows: System.Linq.Expressions.Expression.Constant(null));
        var writer = new EntityWriter(["MeasurementId"], [expansion], omitNulls: false);
        using var buffer = new MemoryStream();
        using var json = new System.Text.Json.Utf8JsonWriter(buffer);
        json.WriteStartObject();

        writer.WriteProperties(json, [1, new List<object[]> { Array.Empty<object>(), Array.Empty<object>() }]);
        var refused = Should.Throw<Partnership.Host.Reporting.FeedException>(() => writer.WriteProperties(json, [1, new List<object[]> { Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>() }]));

        refused.Message.ShouldContain("MaxPageSize");
    }

    private sealed class ParcelRow
    {
        [Key]
        [Description("The parcel.")]
        public Guid ParcelId { get; init; }

        [Description("Its agency.")]
        public Guid AgencyId { get; init; }

        [Description("The parcel after it.")]
        public Guid? NextParcelId { get; init; }

        [Description("Its weight.")]
        public int Weight { get; init; }
    }

    private sealed class ParcelsSet(params ReportingNavigation[] navigations) : ReportingSet<ParcelRow>
    {
        public override string Name => "Parcels";

        public override string Description => "Parcels.";

        public override IReadOnlyList<ReportingNavigation> Navigations => navigations;

        public override IQueryable<ParcelRow> Rows(IServiceProvider services) => Enumerable.Empty<ParcelRow>().AsQueryable();
    }
}
