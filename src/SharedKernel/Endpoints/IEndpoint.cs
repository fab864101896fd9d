using Microsoft.AspNetCore.Routing;

namespace Partnership.SharedKernel.Endpoints;

/// <summary>
/// A JSON endpoint of a module. <paramref name="moduleApi"/> is already the module's
/// <c>/api/&lt;module&gt;</c> group, so a use case maps only its own relative route.
/// </summary>
public interface IEndpoint
{
    void Map(IEndpointRouteBuilder moduleApi);
}
