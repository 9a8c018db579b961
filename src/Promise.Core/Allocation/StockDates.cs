using Promise.Core.Calendar;

namespace Promise.Core.Allocation;

/// <summary>
/// A warehouse's stock dates for one pick day and the inputs they follow (calendars, processing, transit,
/// horizon): a per-thread memo in <see cref="WarehouseClock"/>, since orders of a day (and their order_by
/// probes, one day later) ask for the same few pick days again and again.
/// </summary>
internal struct StockDates
{
    public WorkCalendar? Calendar;

    public WorkCalendar? Carrier;

    public int Pick;

    public int Limit;

    public int Processing;

    public int Transit;

    public int Available;

    public int Ship;

    public int Delivery;

    public readonly bool Matches(int pick, int limit, WorkCalendar calendar, int processing, WorkCalendar carrier, int transit) =>
        Pick == pick && Limit == limit && Processing == processing && Transit == transit &&
        ReferenceEquals(Calendar, calendar) && ReferenceEquals(Carrier, carrier);
}
