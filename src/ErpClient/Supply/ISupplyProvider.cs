using Promise.Core.Supply;

namespace Promise.ErpClient.Supply;

/// <summary>
/// Gives the calculator its supply snapshot: ERPNext (cached, coalesced, resilient) or embedded fixture data.
/// Implementations are thread-safe and meant to be called concurrently by many requests.
/// </summary>
public interface ISupplyProvider
{
    /// <summary>
    /// A snapshot holding every warehouse, the company holiday lists, and the items, Bins and open PO
    /// lines of <paramref name="itemCodes"/> (unknown items are simply absent from the snapshot).
    /// </summary>
    /// <param name="itemCodes">Item codes as requested (matched case-insensitively, duplicates allowed).</param>
    /// <param name="cancellationToken">Cancels the wait (not necessarily the shared ERP call).</param>
    /// <exception cref="ErpUnavailableException">ERPNext cannot be reached and no usable cached data exists.</exception>
    /// <exception cref="ErpRejectedException">ERPNext rejected our credentials or query (401/403/417).</exception>
    ValueTask<SupplySnapshot> GetSnapshotAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken);
}
