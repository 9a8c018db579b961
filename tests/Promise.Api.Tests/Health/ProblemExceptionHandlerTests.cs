using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Promise.Api.Hosting;

namespace Promise.Api.Tests.Health;

public class ProblemExceptionHandlerTests
{
    [Fact]
    public async Task TryHandle_UnexpectedException_Is500WithAGenericDetailOnly()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(NullLogger<ProblemExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("secret-detail at Foo.Bar() line 42"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(500, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.DoesNotContain("secret-detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Foo.Bar", text, StringComparison.Ordinal);
        Assert.Equal("An unexpected error occurred; it has been logged.", JsonNode.Parse(text)!["detail"]!.GetValue<string>());
    }
}
