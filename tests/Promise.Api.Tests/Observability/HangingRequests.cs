namespace Promise.Api.Tests.Observability;

/// <summary>Lets a test know that <c>/otp/hang</c> has reached its handler before it aborts the call.</summary>
internal sealed class HangingRequests
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
