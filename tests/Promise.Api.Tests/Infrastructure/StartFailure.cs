namespace Promise.Api.Tests.Infrastructure;

/// <summary>
/// The exception an app fails to start with. WebApplicationFactory races with an app whose start fails: when the
/// entry point has already disposed its host, the factory's deferred host throws <see cref="ObjectDisposedException"/>
/// instead of the start-up error (seen once in about thirty suite runs). The race is in the test host, not in the
/// app, so the start is tried again with a new factory.
/// </summary>
internal static class StartFailure
{
    private const int Attempts = 5;

    public static async Task<Exception> OfAsync(Func<PromiseApiFactory> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        for (var attempt = 1; ; attempt++)
        {
            var factory = create();
            await using (factory)
            {
                var error = Record.Exception(() => factory.CreateClient());
                if (error is null)
                {
                    throw new Xunit.Sdk.XunitException("The app started, but it was expected to fail at start-up.");
                }

                if (error is not ObjectDisposedException || attempt == Attempts)
                {
                    return error;
                }
            }
        }
    }
}
