namespace ErpNext.Fake.Http;

/// <summary>What an <c>/api/...</c> path addresses: <c>resource/{doctype}[/{name}]</c> or <c>method/{dotted.path}</c>, with or without <c>v1/</c>.</summary>
internal sealed record ApiRoute(ApiRouteKind Kind, string? Doctype = null, string? Name = null, string? Method = null)
{
    public static ApiRoute Parse(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (segments.Count < 2 || segments[0] != "api")
        {
            return new ApiRoute(ApiRouteKind.Unknown);
        }

        var rest = segments[1] == "v1" ? segments.Skip(2).ToList() : segments.Skip(1).ToList();
        return rest switch
        {
            ["resource", var doctype] => new ApiRoute(ApiRouteKind.List, doctype),
            ["resource", var doctype, .. var name] when name.Count > 0 => new ApiRoute(ApiRouteKind.Document, doctype, string.Join('/', name)),
            ["method", var method] => new ApiRoute(ApiRouteKind.Method, Method: method),
            _ => new ApiRoute(ApiRouteKind.Unknown),
        };
    }
}
