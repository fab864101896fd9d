// Targets for ./build.sh: build, run, test. Everything a fresh machine needs is set up here.
using System.Xml.Linq;

var target = Argument("target", "build");
var configuration = Argument("configuration", "Release");

var root = MakeAbsolute(Directory(".")).FullPath;
var dataRoot = $"{root}/.data";
var hostProject = $"{root}/src/Host";
var isRoot = Environment.UserName == "root";

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the configured server, or a project-local cluster under .data/
// ---------------------------------------------------------------------------------------------

string PostgresBin()
{
    var candidates = System.IO.Directory.Exists("/usr/lib/postgresql")
        ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => $"{d}/bin")
        : Enumerable.Empty<string>();
    return candidates.FirstOrDefault(d => System.IO.File.Exists($"{d}/initdb"));
}

void Sh(string command, string workingDirectory = null)
{
    var exit = StartProcess("bash", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("-c").AppendQuoted(command),
        WorkingDirectory = workingDirectory ?? root,
    });
    if (exit != 0)
    {
        throw new CakeException($"Command failed ({exit}): {command}");
    }
}

bool ShOk(string command)
{
    return StartProcess("bash", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("-c").AppendQuoted(command),
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    }) == 0;
}

// PostgreSQL refuses to run as root: when we are root, the cluster belongs to the postgres user.
string AsPostgres(string command) => isRoot ? $"runuser -u postgres -- {command}" : command;

void InstallPackagesIfMissing(string what, string packages)
{
    if (!isRoot)
    {
        throw new CakeException($"{what} is missing. Install the Debian packages '{packages}' (sudo apt-get install -y {packages}), or run as root so the build can.");
    }
    Information($"Installing {what} ({packages})...");
    Sh($"apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {packages} >/dev/null");
}

string EnsureLocalCluster(string name, int port)
{
    var bin = PostgresBin();
    if (bin == null)
    {
        InstallPackagesIfMissing("PostgreSQL", "postgresql");
        bin = PostgresBin() ?? throw new CakeException("PostgreSQL was installed but initdb was not found under /usr/lib/postgresql.");
    }

    var dir = $"{dataRoot}/{name}";
    if (!System.IO.File.Exists($"{dir}/PG_VERSION"))
    {
        Information($"Creating a local PostgreSQL cluster in .data/{name}");
        System.IO.Directory.CreateDirectory(dir);
        if (isRoot)
        {
            Sh($"chown postgres:postgres '{dir}' && chmod 700 '{dir}'");
        }
        // Trust on loopback only: a throw-away development cluster with no password to leak.
        Sh(AsPostgres($"{bin}/initdb -D '{dir}' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"));
    }

    if (!ShOk(AsPostgres($"{bin}/pg_ctl -D '{dir}' status")))
    {
        Information($"Starting PostgreSQL on 127.0.0.1:{port}");
        Sh(AsPostgres($"{bin}/pg_ctl -D '{dir}' -l '{dir}/server.log' -w -o \"-p {port} -k '{dir}' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off\" start >/dev/null"));
    }
    return $"Host=127.0.0.1;Port={port};Username=postgres";
}

void EnsureDatabase(string bin, string connection, string database)
{
    var port = connection.Split(';').First(p => p.StartsWith("Port=")).Substring(5);
    if (!ShOk($"{bin}/psql -h 127.0.0.1 -p {port} -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='{database}'\" | grep -q 1"))
    {
        Sh($"{bin}/createdb -h 127.0.0.1 -p {port} -U postgres {database}");
    }
}

// ---------------------------------------------------------------------------------------------

Task("frontend")
    .Description("Brings in GOV.UK Frontend from npm and copies its styles, scripts and assets into wwwroot.")
    .Does(() =>
{
    if (!System.IO.Directory.Exists($"{hostProject}/node_modules/govuk-frontend"))
    {
        Sh("npm ci --no-audit --no-fund --loglevel=error", hostProject);
    }
    var dist = $"{hostProject}/node_modules/govuk-frontend/dist/govuk";
    Sh($"mkdir -p wwwroot/lib/govuk wwwroot/assets && cp {dist}/govuk-frontend.min.css {dist}/govuk-frontend.min.js wwwroot/lib/govuk/ && cp -r {dist}/assets/. wwwroot/assets/", hostProject);
});

Task("build")
    .IsDependentOn("frontend")
    .Does(() =>
{
    Sh($"dotnet build Modular.sln -c {configuration} -nologo -clp:ErrorsOnly");
});

Task("run")
    .IsDependentOn("build")
    .Does(() =>
{
    var connection = EnvironmentVariable("ConnectionStrings__Partnership");
    if (string.IsNullOrEmpty(connection))
    {
        var local = EnsureLocalCluster("postgres", 5433);
        EnsureDatabase(PostgresBin(), local, "partnership");
        connection = local + ";Database=partnership";
    }
    var urls = EnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:5080";
    Information($"Partnership Hub starts on {urls} (Ctrl+C to stop). Readiness: {urls.Split(';')[0]}/health/ready");
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"bin/{configuration}/net10.0/Partnership.Host.dll",
        WorkingDirectory = hostProject,
        EnvironmentVariables = new Dictionary<string, string>
        {
            ["ConnectionStrings__Partnership"] = connection,
            ["ASPNETCORE_URLS"] = urls,
            ["Demo__Seed"] = EnvironmentVariable("Demo__Seed") ?? "true",
        },
    });
    if (exit != 0)
    {
        throw new CakeException($"The host stopped with exit code {exit}.");
    }
});

Task("reporting-model")
    .IsDependentOn("build")
    .Description("Writes reports/reporting-model.md and reports/queries/*.pq from the feed's model")
    .Does(() =>
{
    Sh($"dotnet src/Host/bin/{configuration}/net10.0/Partnership.Host.dll --reporting-model '{root}/reports'");
});

Task("test")
    .IsDependentOn("build")
    .Does(() =>
{
    var connection = EnvironmentVariable("ConnectionStrings__Partnership");
    if (string.IsNullOrEmpty(connection))
    {
        connection = EnsureLocalCluster("postgres-test", 5434) + ";Database=postgres";
    }
    if (!System.IO.File.Exists("/usr/bin/chromium"))
    {
        InstallPackagesIfMissing("Chromium (for the browser tests)", "chromium");
    }

    var results = $"{root}/TestResults";
    if (System.IO.Directory.Exists(results))
    {
        System.IO.Directory.Delete(results, recursive: true);
    }
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"test Modular.sln -c {configuration} --no-build --logger trx --results-directory \"{results}\" -- RunConfiguration.TreatNoTestsAsError=false",
        WorkingDirectory = root,
        EnvironmentVariables = new Dictionary<string, string>
        {
            ["ConnectionStrings__Partnership"] = connection,
            ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1",
        },
    });

    int passed = 0, failed = 0, skipped = 0;
    foreach (var trx in System.IO.Directory.Exists(results) ? System.IO.Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories) : Array.Empty<string>())
    {
        foreach (var result in XDocument.Load(trx).Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
        {
            switch ((string)result.Attribute("outcome"))
            {
                case "Passed": passed++; break;
                case "NotExecuted": skipped++; break;
                default: failed++; break;
            }
        }
    }
    // build.sh prints this file last, after Cake's own task summary.
    System.IO.Directory.CreateDirectory(results);
    System.IO.File.WriteAllText($"{results}/total.txt", $"Total: {passed} passed, {failed} failed, {skipped} skipped\n");
    if (exit != 0 || failed > 0)
    {
        throw new CakeException("Tests failed.");
    }
});

RunTarget(target);
