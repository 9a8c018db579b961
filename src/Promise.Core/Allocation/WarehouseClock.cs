using Promise.Core.Calendar;

namespace Promise.Core.Allocation;

/// <summary>One warehouse's dates for one order instant (day numbers; <see cref="WorkCalendar.Beyond"/> past the horizon).</summary>
internal struct WarehouseClock
{
    /// <summary>Which order context filled this slot; stale slots are recomputed.</summary>
    public int Stamp;

    /// <summary>Which order (not instant) filled this slot: an order_by probe reuses the stock dates when the pick day and horizon are unchanged.</summary>
    public int Order;

    /// <summary>The horizon the stock dates were computed with.</summary>
    public int Limit;

    /// <summary>Local order date of the warehouse.</summary>
    public int LocalDay;

    /// <summary>Earliest pick day: the local date, or the next day at/after the cutoff.</summary>
    public int PickDay;

    public bool CutoffPassed;

    public TimeOnly Cutoff;

    /// <summary>The last cutoff instant computed in this slot, kept across instants and orders: (zone, local day, cutoff) to UTC ticks.</summary>
    public ZoneTable? CutoffZone;

    public int CutoffDay;

    public TimeOnly CutoffTime;

    public long CutoffTicks;

    /// <summary>The last two stock-date computations in this slot (kept across instants and orders); <see cref="StockNext"/> is replaced next.</summary>
    public StockDates Stock0;

    public StockDates Stock1;

    public bool StockNext;

    public WorkCalendar Calendar;

    public int Processing;

    public int Receiving;

    public int StockAvailable;

    public int StockShip;

    public int StockDelivery;
}
