using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Reporting.Model;
using Partnership.Modules.Sample;
using Partnership.SharedKernel.Reporting;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>reports/ is what the generator writes from the feed's model: it cannot drift from the feed.</summary>
public sealed class ReportingModelDocumentsTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    [Fact]
    public void The_reporting_model_and_queries_in_reports_are_those_the_model_generates()
    {
        // The test-only sample module is beside the tests' host, not in the product.
        var sets = feed.Host.Services.GetServices<IReportingSet>().Where(s => s.GetType().Assembly != typeof(MeasurementRow).Assembly);
        var generated = ReportingModelDocuments.Generate(new ReportingModel(sets));
        var reports = Path.Combine(RepositoryRoot(), "reports");

        foreach (var (path, text) in generated)
        {
            var file = Path.Combine(reports, path);
            File.Exists(file).ShouldBeTrue($"reports/{path} is missing: run ./build.sh reporting-model");
            File.ReadAllText(file).ReplaceLineEndings("\n").ShouldBe(text, $"reports/{path} is out of date: run ./build.sh reporting-model");
        }
        Directory.GetFiles(Path.Combine(reports, "queries"), "*.pq").Select(Path.GetFileName)
            .ShouldBe(generated.Keys.Where(k => k.StartsWith("queries/", StringComparison.Ordinal)).Select(Path.GetFileName), ignoreOrder: true);
    }

    [Fact]
    public void Models_built_on_many_threads_at_once_are_all_whole()
    {
        // Test hosts in one process build their models at the same moment.
        var sets = feed.Host.Services.GetServices<IReportingSet>().ToList();
        var expected = new ReportingModel(sets).Sets.Count;

        var built = new int[64];
        Parallel.For(0, built.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => built[i] = new ReportingModel(sets).Sets.Count);

        built.ShouldAllBe(count => count == expected);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Modular.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Modular.sln) was not found.");
    }
}
