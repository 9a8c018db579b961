using System.Collections.Concurrent;

namespace Promise.ErpClient.Http;

/// <summary>Remembers per doctype whether this ERPNext site knows our optional (newer-version) fields (erpnext-api.md §8).</summary>
internal sealed class SiteFieldSet
{
    private readonly ConcurrentDictionary<string, bool> _supportsOptional = new(StringComparer.Ordinal);

    public bool SupportsOptional(string doctype) => _supportsOptional.GetValueOrDefault(doctype, true);

    public void MarkUnsupported(string doctype) => _supportsOptional[doctype] = false;
}
