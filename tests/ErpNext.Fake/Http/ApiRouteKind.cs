namespace ErpNext.Fake.Http;

internal enum ApiRouteKind
{
    Unknown,
    List,
    Document,
    Method,
}
