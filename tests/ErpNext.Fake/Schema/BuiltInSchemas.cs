namespace ErpNext.Fake.Schema;

/// <summary>The doctypes erpnext-api.md §3 reads, with the field types of ERPNext v15.</summary>
internal static class BuiltInSchemas
{
    public const string Bin = "Bin";
    public const string Item = "Item";
    public const string Warehouse = "Warehouse";
    public const string Company = "Company";
    public const string PurchaseOrder = "Purchase Order";
    public const string PurchaseOrderItem = "Purchase Order Item";
    public const string HolidayList = "Holiday List";
    public const string Holiday = "Holiday";

    public static IReadOnlyList<DocTypeSchema> All { get; } =
    [
        new(Bin, false,
        [
            Link("item_code", Item), Link("warehouse", Warehouse), Link("stock_uom"),
            Float("actual_qty"), Float("reserved_qty"), Float("ordered_qty"), Float("indented_qty"),
            Float("planned_qty"), Float("reserved_qty_for_production"), Float("reserved_qty_for_sub_contract"),
            Float("reserved_qty_for_production_plan"), Float("reserved_stock"), Float("projected_qty"),
            Float("valuation_rate"), Float("stock_value"),
        ]),
        new(Item, false,
        [
            Data("item_code"), Data("item_name"), Link("item_group"), Link("stock_uom"), Data("description"),
            Check("disabled"), new("is_stock_item", FieldType.Check, 1L),
            new("end_of_life", FieldType.Date, "2099-12-31"), Int("lead_time_days"),
            Check("delivered_by_supplier"), Float("safety_stock"), Check("has_variants"), Link("variant_of"),
        ]),
        new(Warehouse, false,
        [
            Data("warehouse_name"), Check("is_group"), Check("disabled"), Link("company"),
            Link("parent_warehouse", Warehouse), Link("warehouse_type"), Check("is_rejected_warehouse"), Link("account"),
        ], treeParentField: "parent_warehouse"),
        new(Company, false,
        [
            Data("company_name"), Data("abbr"), Link("default_holiday_list"), Link("default_currency"), Link("country"),
        ]),
        new(PurchaseOrder, false,
        [
            Link("supplier"), Data("supplier_name"), Link("company", Company), Data("status"), Date("transaction_date"),
            Date("schedule_date"), Link("set_warehouse", Warehouse), Float("per_received"), Float("per_billed"),
            Check("is_subcontracted"), Float("total_qty"), Float("grand_total"), Link("currency"),
        ], new Dictionary<string, string>(StringComparer.Ordinal) { ["items"] = PurchaseOrderItem }),
        new(PurchaseOrderItem, true,
        [
            Link("item_code", Item), Data("item_name"), Link("warehouse", Warehouse), Float("qty"), Float("received_qty"),
            Link("uom"), Link("stock_uom"), Float("conversion_factor"), Float("stock_qty"), Float("rate"),
            Float("amount"), Date("schedule_date"), Date("expected_delivery_date"), Check("delivered_by_supplier"),
        ]),
        new(HolidayList, false,
        [
            Data("holiday_list_name"), Date("from_date"), Date("to_date"), Int("total_holidays"),
            Data("weekly_off"), Link("country"),
        ], new Dictionary<string, string>(StringComparer.Ordinal) { ["holidays"] = Holiday }),
        new(Holiday, true, [Date("holiday_date"), Check("weekly_off"), Data("description")]),
    ];

    private static FieldDef Data(string name) => new(name, FieldType.Data);

    private static FieldDef Link(string name, string? linkTo = null) => new(name, FieldType.Link, LinkTo: linkTo);

    private static FieldDef Float(string name) => new(name, FieldType.Float);

    private static FieldDef Int(string name) => new(name, FieldType.Int);

    private static FieldDef Check(string name) => new(name, FieldType.Check);

    private static FieldDef Date(string name) => new(name, FieldType.Date);
}
