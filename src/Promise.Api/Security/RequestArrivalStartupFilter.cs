namespace Promise.Api.Security;

/// <summary>Puts <see cref="RequestArrivalMiddleware"/> in front of everything the application's own pipeline adds.</summary>
internal sealed class RequestArrivalStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<RequestArrivalMiddleware>();
        next(app);
    };
}
