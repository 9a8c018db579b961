using System.Net.Http.Headers;

namespace Promise.ErpClient.Tests.Support;

/// <summary>One request seen by <see cref="StubErpHandler"/>, with the (fake) time it arrived.</summary>
public sealed record StubCall(string Method, string Doctype, string? Name, IReadOnlyDictionary<string, string> Query, string? Body, DateTimeOffset At, HttpRequestHeaders Headers);
