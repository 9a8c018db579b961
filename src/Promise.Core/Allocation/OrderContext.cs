using Promise.Core.Calendar;
using Promise.Core.Requests;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>
/// The per-order state of a computation: the order instant, the order date and horizon, the carrier,
/// the request's rule overrides and each warehouse's dates (filled lazily). Reused per thread.
/// </summary>
internal sealed class OrderContext
{
    /// <summary>Horizon in days after the order date (promise-rules §2).</summary>
    public const int HorizonDays = 730;

    private WarehouseClock[] _clocks = [];
    private bool[] _touched = [];
    private readonly List<int> _touchedList = [];
    private int _stamp;
    private int _order;
    private CompiledRules _rules = null!;
    private CalendarCache _cache = null!;
    private int? _processingOverride;

    public SnapshotView View { get; private set; } = null!;

    public SupplySnapshot Snapshot { get; private set; } = null!;

    /// <summary>Warehouses whose dates this order has read (in the main pass or a probe): what order_by must watch.</summary>
    public IReadOnlyList<int> Touched => _touchedList;

    /// <summary>The request's <c>rules.timezone</c>: every warehouse's zone and the order-date zone.</summary>
    public ZoneTable? ZoneOverride { get; private set; }

    /// <summary>The request's <c>rules.cutoff_time</c>.</summary>
    public TimeOnly? CutoffOverride { get; private set; }

    public PromiseRequest Request { get; private set; } = null!;

    public DateTimeOffset Instant { get; private set; }

    /// <summary>Order date (rules.timezone, else UTC).</summary>
    public int OrderDay { get; private set; }

    /// <summary>Last day any date may take (inclusive).</summary>
    public int Limit { get; private set; }

    public CompiledCarrier Carrier { get; private set; } = null!;

    public WorkCalendar CarrierCalendar { get; private set; } = null!;

    public int TransitDays { get; private set; }

    public bool NoWeekends { get; private set; }

    public void Init(SupplySnapshot snapshot, SnapshotView view, CompiledRules rules, CalendarCache cache, PromiseRequest request, DateTimeOffset instant)
    {
        Snapshot = snapshot;
        View = view;
        _rules = rules;
        _cache = cache;
        Request = request;
        var overrides = request.Rules;
        ZoneOverride = overrides.TimeZone is null ? null : ZoneTable.For(overrides.TimeZone);
        CutoffOverride = overrides.CutoffTime;
        _processingOverride = overrides.ProcessingDays;
        NoWeekends = overrides.NoWeekends;
        Carrier = rules.Carrier(request.ShippingMethod);
        CarrierCalendar = view.CarrierCalendar(Carrier, NoWeekends);
        TransitDays = overrides.TransitDays ?? Carrier.TransitDays;
        if (_order == int.MaxValue)
        {
            Array.Clear(_clocks);
            _order = 0;
        }

        _order++;
        foreach (var w in _touchedList)
        {
            _touched[w] = false;
        }

        _touchedList.Clear();
        SetInstant(instant);
    }

    /// <summary>Moves the same order to another instant (order_by probes); every warehouse clock goes stale.</summary>
    public void SetInstant(DateTimeOffset instant)
    {
        Instant = instant;
        OrderDay = (ZoneOverride ?? ZoneTable.Utc).LocalDay(instant);
        Limit = OrderDay + HorizonDays;
        if (_clocks.Length < View.Warehouses.Length)
        {
            _clocks = new WarehouseClock[Math.Max(View.Warehouses.Length, _clocks.Length * 2)];
            Array.Resize(ref _touched, _clocks.Length);
        }

        if (_stamp == int.MaxValue)
        {
            Array.Clear(_clocks);
            _stamp = 0;
        }

        _stamp++;
    }

    public ZoneTable ZoneOf(WarehouseInfo w) => ZoneOverride ?? w.Zone;

    public TimeOnly CutoffOf(WarehouseInfo w) => CutoffOverride ?? w.Cutoff;

    /// <summary>The warehouse's dates for this order instant.</summary>
    public ref WarehouseClock Clock(int warehouse)
    {
        ref var clock = ref _clocks[warehouse];
        if (clock.Stamp != _stamp)
        {
            Fill(ref clock, View.Warehouses[warehouse]);
        }

        return ref clock;
    }

    /// <summary>Carrier delivery for a ship day (promise-rules §2 Deliver).</summary>
    public int Deliver(int ship) =>
        TransitDays == 0 || ship == WorkCalendar.Beyond ? ship : CarrierCalendar.AddWorkingDays(ship, TransitDays, Limit);

    /// <summary>Dates of supply arriving on <paramref name="arrival"/> (a PO or lead time, promise-rules §4).</summary>
    public void Inbound(ref WarehouseClock clock, int arrival, ref Candidate c)
    {
        c.Arrival = arrival;
        c.Overdue = arrival < clock.PickDay;
        var effective = Math.Max(arrival, clock.PickDay);
        var calendar = clock.Calendar;
        c.Available = calendar.AddWorkingDays(calendar.FirstWorkingDay(effective, Limit), clock.Receiving, Limit);
        c.Ship = calendar.AddWorkingDays(c.Available, clock.Processing, Limit);
        c.Delivery = Deliver(c.Ship);
    }

    private void Fill(ref WarehouseClock clock, WarehouseInfo w)
    {
        if (!_touched[w.Index])
        {
            _touched[w.Index] = true;
            _touchedList.Add(w.Index);
        }

        var zone = ZoneOf(w);
        var cutoff = CutoffOf(w);
        clock.Stamp = _stamp;
        clock.Cutoff = cutoff;
        clock.LocalDay = zone.LocalDay(Instant);
        if (!ReferenceEquals(clock.CutoffZone, zone) || clock.CutoffDay != clock.LocalDay || clock.CutoffTime != cutoff)
        {
            clock.CutoffZone = zone;
            clock.CutoffDay = clock.LocalDay;
            clock.CutoffTime = cutoff;
            clock.CutoffTicks = zone.InstantTicks(clock.LocalDay, cutoff);
        }

        clock.CutoffPassed = Instant.UtcTicks >= clock.CutoffTicks;
        var pick = clock.CutoffPassed ? clock.LocalDay + 1 : clock.LocalDay;
        if (clock.Order == _order && clock.PickDay == pick && clock.Limit == Limit)
        {
            // Same order, same pick day and horizon (an order_by probe moved another warehouse): same dates.
            return;
        }

        clock.Order = _order;
        clock.Limit = Limit;
        clock.PickDay = pick;
        clock.Calendar = w.Calendar(_cache, _rules.WeeklyOffMask, NoWeekends);
        clock.Processing = _processingOverride ?? w.ProcessingDays;
        clock.Receiving = w.ReceivingDays;
        ref var dates = ref clock.Stock0;
        if (!dates.Matches(pick, Limit, clock.Calendar, clock.Processing, CarrierCalendar, TransitDays))
        {
            dates = ref clock.Stock1;
            if (!dates.Matches(pick, Limit, clock.Calendar, clock.Processing, CarrierCalendar, TransitDays))
            {
                dates = ref clock.StockNext ? ref clock.Stock1 : ref clock.Stock0;
                clock.StockNext = !clock.StockNext;
                dates.Pick = pick;
                dates.Limit = Limit;
                dates.Calendar = clock.Calendar;
                dates.Processing = clock.Processing;
                dates.Carrier = CarrierCalendar;
                dates.Transit = TransitDays;
                dates.Available = clock.Calendar.FirstWorkingDay(pick, Limit);
                dates.Ship = clock.Calendar.AddWorkingDays(dates.Available, clock.Processing, Limit);
                dates.Delivery = Deliver(dates.Ship);
            }
        }

        clock.StockAvailable = dates.Available;
        clock.StockShip = dates.Ship;
        clock.StockDelivery = dates.Delivery;
    }
}
