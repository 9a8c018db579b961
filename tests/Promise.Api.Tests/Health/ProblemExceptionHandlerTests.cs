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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TryHandle_ClientGoneDuringABodyRead_IsNotLoggedAsAServerError(bool aborted)
    {
        using var abort = new CancellationTokenSource();
        var lifetime = new Microsoft.AspNetCore.Http.Features.HttpRequestLifetimeFeature { RequestAborted = abort.Token };
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature>(lifetime);
        context.Response.Body = new MemoryStream();
        var logs = new Infrastructure.CapturedLogs();
        var handler = new ProblemExceptionHandler(new Microsoft.Extensions.Logging.Logger<ProblemExceptionHandler>(new Microsoft.Extensions.Logging.LoggerFactory([logs])));
        if (aborted)
        {
            await abort.CancelAsync();
        }

        var handled = await handler.TryHandleAsync(context, new IOException("The client reset the connection."), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(aborted ? 200 : 500, context.Response.StatusCode); // aborted: nothing is written for a client that is gone
        Assert.Equal(aborted ? 0 : 1, logs.Entries.Count(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error));
    }
}
