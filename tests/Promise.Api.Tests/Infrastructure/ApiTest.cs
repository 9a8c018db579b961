namespace Promise.Api.Tests.Infrastructure;

/// <summary>A test class with its own application (created per test by <see cref="CreateFactory"/>) and client.</summary>
public abstract class ApiTest : IAsyncLifetime
{
    protected PromiseApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Factory = CreateFactory();
        // No redirect handler: it would buffer streamed request bodies.
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    protected abstract PromiseApiFactory CreateFactory();
}
