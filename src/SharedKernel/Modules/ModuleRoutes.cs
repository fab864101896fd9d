namespace Partnership.SharedKernel.Modules;

/// <summary>Where a module's JSON endpoints and screens live.</summary>
public static class ModuleRoutes
{
    public static string Slug(string moduleName) => moduleName.ToLowerInvariant();

    public static string ApiPrefix(string moduleName) => "/api/" + Slug(moduleName);

    public static string ScreensPrefix(string moduleName) => "/" + Slug(moduleName);
}
