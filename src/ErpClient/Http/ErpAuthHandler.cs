using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;

namespace Promise.ErpClient.Http;

/// <summary>Adds <c>Authorization: token key:secret</c> and <c>Accept: application/json</c> (erpnext-api.md §4).</summary>
internal sealed class ErpAuthHandler(IOptions<ErpOptions> options) : DelegatingHandler
{
    private readonly string _token = $"{options.Value.ApiKey}:{options.Value.ApiSecret}";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("Authorization", "token " + _token);
        if (!request.Headers.Accept.Any(a => a.MediaType == "application/json"))
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
