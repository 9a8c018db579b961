using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>Order-level figures of a computed order (day numbers; -1 for null).</summary>
internal readonly record struct OrderSummary(int Raw, int First, bool AnyShort, bool SupplyShort, bool HasStock, Confidence Confidence)
{
    /// <summary>promise-rules §6: raw and first dates, shortage and confidence over the applicable lines.</summary>
    public static OrderSummary Of(Scratch s, int lineCount)
    {
        var raw = -1;
        var first = -1;
        var anyShort = false;
        var supplyShort = false;
        var hasStock = false;
        var allStock = true;
        for (var i = 0; i < lineCount; i++)
        {
            ref var line = ref s.Lines[i];
            if (line.NotApplicable)
            {
                continue;
            }

            for (var k = line.First; k < line.First + line.Count; k++)
            {
                ref var a = ref s.Allocs[k];
                first = first < 0 ? a.Delivery : Math.Min(first, a.Delivery);
                hasStock |= a.Source == SupplySource.Stock;
                allStock &= a.Source == SupplySource.Stock;
            }

            if (line.Shortage > 0)
            {
                anyShort = true;
                supplyShort |= line.Reason is ShortReason.InsufficientSupply or ShortReason.BeyondHorizon;
            }
            else
            {
                raw = Math.Max(raw, line.Delivery);
            }
        }

        // Everything from stock and nothing short is HIGH without summing quantities (decimal arithmetic is not free).
        var confidence = !anyShort && allStock ? Confidence.High : ConfidenceOf(s, lineCount);
        return new OrderSummary(anyShort ? -1 : raw, first, anyShort, supplyShort, hasStock, confidence);
    }

    /// <summary>promise-rules §6 confidence from the quantities: stock share, shortage share, far against near supply.</summary>
    private static Confidence ConfidenceOf(Scratch s, int lineCount)
    {
        decimal total = 0m, stock = 0m, nearPo = 0m, far = 0m, shortQty = 0m;
        for (var i = 0; i < lineCount; i++)
        {
            ref var line = ref s.Lines[i];
            if (line.NotApplicable)
            {
                continue;
            }

            var allocated = 0m;
            for (var k = line.First; k < line.First + line.Count; k++)
            {
                ref var a = ref s.Allocs[k];
                allocated += a.Qty;
                if (a.Source == SupplySource.Stock)
                {
                    stock += a.Qty;
                }
                else if (a.Far)
                {
                    far += a.Qty;
                }
                else
                {
                    nearPo += a.Qty;
                }
            }

            total += allocated + line.Shortage;
            shortQty += line.Shortage;
        }

        return total == 0m || (shortQty == 0m && stock >= 0.99m * total)
            ? Confidence.High
            : shortQty > 0.10m * total || far > nearPo + stock ? Confidence.Low : Confidence.Medium;
    }
}
