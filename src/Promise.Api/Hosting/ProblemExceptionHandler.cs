using Microsoft.AspNetCore.Diagnostics;
using Promise.Api.Errors;

namespace Promise.Api.Hosting;

/// <summary>
/// Last line of defence: an unhandled exception becomes problem+json with a generic detail (never a stack
/// trace or an ERPNext traceback); a bad request detected by the server keeps its status.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is OperationCanceledException or IOException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away (a cancelled or reset body read): nobody is left to answer, and it is not a server error.
            return true;
        }

        ApiProblem problem;
        if (exception is BadHttpRequestException badRequest)
        {
            problem = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.BodyTooLarge(httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0)
                : new ApiProblem(badRequest.StatusCode, "Bad Request", "The request could not be read.");
        }
        else
        {
            LogUnhandled(logger, exception, httpContext.Request.Path);
            problem = Problems.Unexpected();
        }

        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status;
        await problem.ToResult(httpContext).ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, PathString path);
}
