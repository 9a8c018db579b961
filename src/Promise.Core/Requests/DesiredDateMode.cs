namespace Promise.Core.Requests;

/// <summary>How <c>desired_date</c> affects the promise (api-contract.md).</summary>
public enum DesiredDateMode
{
    /// <summary>The desired date is the latest acceptable date; only <c>on_time</c> reflects it (default).</summary>
    LatestAcceptable,

    /// <summary>An earlier promise moves to the desired date.</summary>
    NoEarlyDelivery,

    /// <summary>A promise later than the desired date makes the order <c>CANNOT_FULFILL</c>.</summary>
    StrictFail,
}
