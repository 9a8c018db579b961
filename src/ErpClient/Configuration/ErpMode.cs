namespace Promise.ErpClient.Configuration;

/// <summary>Where supply data comes from.</summary>
public enum ErpMode
{
    /// <summary>A fixture file or the built-in demo data, loaded once at start-up.</summary>
    Embedded,

    /// <summary>A live ERPNext site over REST.</summary>
    ErpNext,
}
