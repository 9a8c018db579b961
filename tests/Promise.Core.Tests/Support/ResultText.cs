using System.Globalization;
using System.Text;
using Promise.Core.Facts;
using Promise.Core.Results;

namespace Promise.Core.Tests.Support;

/// <summary>A canonical text of every field of a result (for determinism and independence checks).</summary>
public static class ResultText
{
    public static string Describe(PromiseResult r)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{r.Status} {r.PromiseDate} {r.PromiseDateRaw} {r.FirstDeliveryDate} {r.OnTime} {r.AdjustedDueToNoEarlyDelivery} {r.Confidence} {r.OrderBy:O} {r.Ships}");
        foreach (var line in r.Plan)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{line with { Fulfillment = [] }}");
            foreach (var f in line.Fulfillment)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"  {f}");
            }
        }

        foreach (var fact in r.Reasons.Concat(r.Blockers))
        {
            b.AppendLine(FactText.Render(fact));
        }

        foreach (var option in r.Options)
        {
            b.AppendLine(FactText.Render(option).ToString());
        }

        return b.ToString();
    }
}
