namespace Promise.Core.Supply;

/// <summary>The fields of an ERPNext <c>Warehouse</c> (a tree through <see cref="ParentWarehouse"/>).</summary>
/// <param name="Name">Warehouse name, e.g. <c>Stores - AC</c>.</param>
/// <param name="IsGroup">Group warehouses never fulfil; naming one restricts a line to its descendants.</param>
/// <param name="Disabled">Disabled warehouses never fulfil.</param>
/// <param name="WarehouseType">Only <c>Transit</c> matters: transit warehouses never fulfil.</param>
/// <param name="IsRejectedWarehouse">Rejected-material warehouses never fulfil.</param>
/// <param name="Company">Owning company; with <c>Erp:Company</c> set, other companies' warehouses never fulfil.</param>
/// <param name="ParentWarehouse">Parent in the warehouse tree, or null at the root.</param>
public sealed record WarehouseRecord(
    string Name,
    bool IsGroup = false,
    bool Disabled = false,
    string? WarehouseType = null,
    bool IsRejectedWarehouse = false,
    string? Company = null,
    string? ParentWarehouse = null);
