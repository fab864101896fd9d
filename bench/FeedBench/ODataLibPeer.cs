using Microsoft.OData;
using Microsoft.OData.Edm;

/// <summary>
/// The peer to beat: ODataLib's ODataMessageWriter writing rows already read. Asynchronously, as a server
/// on ASP.NET Core must (it refuses synchronous writes to a response), or synchronously, the library's
/// faster path.
/// </summary>
internal static class ODataLibPeer
{
    private static readonly (IEdmModel Model, IEdmEntitySet Set, IEdmEntityType Type) Actions = Build();

    public static async Task WriteAsync(IReadOnlyList<object?[]> rows, int times, string feed, bool asynchronous)
    {
        var message = new StreamResponseMessage(Stream.Null);
        var settings = new ODataMessageWriterSettings { ODataUri = new ODataUri { ServiceRoot = new Uri(feed + "/") }, EnableMessageStreamDisposal = false };
        using var messageWriter = new ODataMessageWriter((IODataResponseMessageAsync)message, settings, Actions.Model);
        if (asynchronous)
        {
            var writer = await messageWriter.CreateODataResourceSetWriterAsync(Actions.Set, Actions.Type);
            await writer.WriteStartAsync(new ODataResourceSet());
            for (var time = 0; time < times; time++)
            {
                foreach (var row in rows)
                {
                    await writer.WriteStartAsync(Resource(row));
                    await writer.WriteEndAsync();
                }
            }
            await writer.WriteEndAsync();
            await writer.FlushAsync();
            return;
        }
        var synchronous = messageWriter.CreateODataResourceSetWriter(Actions.Set, Actions.Type);
        synchronous.WriteStart(new ODataResourceSet());
        for (var time = 0; time < times; time++)
        {
            foreach (var row in rows)
            {
                synchronous.WriteStart(Resource(row));
                synchronous.WriteEnd();
            }
        }
        synchronous.WriteEnd();
        synchronous.Flush();
    }

    private static ODataResource Resource(object?[] row)
    {
        var due = (DateOnly)row[8]!;
        return new ODataResource
        {
            Properties =
            [
                new ODataProperty { Name = "ActionId", Value = row[0] },
                new ODataProperty { Name = "RecommendationId", Value = row[1] },
                new ODataProperty { Name = "SourceId", Value = row[2] },
                new ODataProperty { Name = "Number", Value = row[3] },
                new ODataProperty { Name = "Description", Value = row[4] },
                new ODataProperty { Name = "LeadAgencyId", Value = row[5] },
                new ODataProperty { Name = "LeadOfficer", Value = row[6] },
                new ODataProperty { Name = "LeadOfficerRole", Value = row[7] },
                new ODataProperty { Name = "DueOn", Value = new Date(due.Year, due.Month, due.Day) },
                new ODataProperty { Name = "ConfirmedStatus", Value = row[9] },
                new ODataProperty { Name = "IsCompleted", Value = row[10] },
                new ODataProperty { Name = "IsOverdue", Value = row[11] },
            ],
        };
    }

    private static (IEdmModel, IEdmEntitySet, IEdmEntityType) Build()
    {
        var model = new EdmModel();
        var type = new EdmEntityType("PartnershipHub", "Action");
        type.AddKeys(type.AddStructuralProperty("ActionId", EdmPrimitiveTypeKind.Guid, false));
        type.AddStructuralProperty("RecommendationId", EdmPrimitiveTypeKind.Guid, false);
        type.AddStructuralProperty("SourceId", EdmPrimitiveTypeKind.Guid, false);
        type.AddStructuralProperty("Number", EdmPrimitiveTypeKind.Int32, false);
        type.AddStructuralProperty("Description", EdmPrimitiveTypeKind.String, false);
        type.AddStructuralProperty("LeadAgencyId", EdmPrimitiveTypeKind.Guid, false);
        type.AddStructuralProperty("LeadOfficer", EdmPrimitiveTypeKind.String, false);
        type.AddStructuralProperty("LeadOfficerRole", EdmPrimitiveTypeKind.String, true);
        type.AddStructuralProperty("DueOn", EdmPrimitiveTypeKind.Date, false);
        type.AddStructuralProperty("ConfirmedStatus", EdmPrimitiveTypeKind.String, false);
        type.AddStructuralProperty("IsCompleted", EdmPrimitiveTypeKind.Boolean, false);
        type.AddStructuralProperty("IsOverdue", EdmPrimitiveTypeKind.Boolean, false);
        model.AddElement(type);
        var container = new EdmEntityContainer("PartnershipHub", "Container");
        model.AddElement(container);
        return (model, container.AddEntitySet("Actions", type), type);
    }
}

/// <summary>ODataLib's response message over a stream, as a server would give it the response body.</summary>
internal sealed class StreamResponseMessage(Stream stream) : IODataResponseMessageAsync
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json;odata.metadata=minimal" };

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public int StatusCode { get; set; } = 200;

    public string GetHeader(string headerName) => _headers.GetValueOrDefault(headerName)!;

    public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

    public Stream GetStream() => stream;

    public Task<Stream> GetStreamAsync() => Task.FromResult(stream);
}
