using System.Globalization;
using Promise.Api.Configuration;
using Promise.Api.Contracts;
using Promise.Api.Errors;
using Promise.Core.Requests;
using Promise.Core.Rules;

namespace Promise.Api.Validation;

/// <summary>
/// Checks a wire request against every rule of api-contract.md and resolves its defaults into the
/// calculator's <see cref="PromiseRequest"/>. All problems are reported at once, keyed by JSON path.
/// </summary>
internal sealed class PromiseRequestValidator(ServiceRules rules, PromiseLimits limits)
{
    /// <summary>Per-request day overrides beyond the calculator's 730-day horizon cannot change an answer.</summary>
    internal const int MaxOverrideDays = 730;

    private const int SmallOrder = 16;

    /// <param name="dto">The parsed wire request.</param>
    /// <param name="defaultInstant">The order instant when the request names none ("now", or the batch's instant).</param>
    /// <param name="request">The validated request, when valid.</param>
    /// <param name="problem">The 400 answer, when not.</param>
    public bool TryValidate(PromiseRequestDto dto, DateTimeOffset defaultInstant, out PromiseRequest? request, out ApiProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var errors = new ValidationErrors();
        var lines = ValidateLines(dto.Items, errors);
        var instant = ValidateInstant(dto, defaultInstant, errors);
        var desiredDate = ParseDate(dto.DesiredDate, "desired_date", errors);
        var method = ValidateShippingMethod(dto.ShippingMethod, errors);
        var fillPolicy = FillPolicy.Partial;
        if (dto.FillPolicy is not null && !WireNames.TryParseFillPolicy(dto.FillPolicy, out fillPolicy))
        {
            errors.Add("fill_policy", "must be partial or complete");
        }

        var overrides = RequestRulesValidator.Validate(dto.Rules, errors);
        if (!errors.IsEmpty)
        {
            request = null;
            problem = Problems.Validation(errors.ToDictionary(), Summarize(errors.ToDictionary()));
            return false;
        }

        request = new PromiseRequest
        {
            OrderInstant = instant,
            Lines = lines,
            OrderId = dto.OrderId,
            Customer = dto.Customer,
            SalesOrderId = dto.SalesOrderId,
            DesiredDate = desiredDate,
            ShippingMethod = method,
            FillPolicy = fillPolicy,
            Rules = overrides,
        };
        problem = null;
        return true;
    }

    /// <summary>"items[2].qty must be a number greater than 0 (and 1 more problem)".</summary>
    internal static string Summarize(IReadOnlyDictionary<string, string[]> errors)
    {
        var (path, messages) = errors.First();
        var more = errors.Values.Sum(m => m.Length) - 1;
        var suffix = more switch
        {
            0 => string.Empty,
            1 => " (and 1 more problem)",
            _ => $" (and {more.ToString(CultureInfo.InvariantCulture)} more problems)",
        };
        return $"The request is invalid: {path} {messages[0]}{suffix}.";
    }

    private List<OrderLine> ValidateLines(IReadOnlyList<OrderLineDto?>? items, ValidationErrors errors)
    {
        var lines = new List<OrderLine>(items?.Count ?? 0);
        if (items is null || items.Count == 0)
        {
            errors.Add("items", "is required: at least 1 line");
            return lines;
        }

        if (items.Count > limits.MaxLinesPerOrder)
        {
            errors.Add("items", $"must have at most {limits.MaxLinesPerOrder.ToString(CultureInfo.InvariantCulture)} lines (Promise:MaxLinesPerOrder)");
            return lines;
        }

        // Small orders find a repeated line_id by scanning the lines so far; large ones use a dictionary.
        var seenIds = items.Count > SmallOrder ? new Dictionary<string, int>(items.Count, StringComparer.Ordinal) : null;
        Span<int> itemOfLine = stackalloc int[SmallOrder];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                errors.Add(ItemPath(i), "must be an object");
                continue;
            }

            var lineId = item.LineId ?? (i + 1).ToString(CultureInfo.InvariantCulture);
            if (lineId.Length == 0)
            {
                errors.Add(ItemPath(i, ".line_id"), "must not be empty");
            }
            else if (FirstItemWithId(lineId, i, lines, itemOfLine, seenIds) is { } first)
            {
                errors.Add(ItemPath(i, ".line_id"), $"duplicates the line_id of items[{first.ToString(CultureInfo.InvariantCulture)}]");
            }

            if (string.IsNullOrWhiteSpace(item.ItemCode))
            {
                errors.Add(ItemPath(i, ".item_code"), "is required");
            }

            if (item.Qty is not { } qty || qty <= 0m)
            {
                errors.Add(ItemPath(i, ".qty"), "must be a number greater than 0");
            }

            if (item.Warehouse is { } warehouse && string.IsNullOrWhiteSpace(warehouse))
            {
                errors.Add(ItemPath(i, ".warehouse"), "must be a warehouse name or null");
            }

            if (seenIds is null)
            {
                itemOfLine[lines.Count] = i;
            }

            lines.Add(new OrderLine(lineId, item.ItemCode ?? string.Empty, item.Qty ?? 0m, item.Warehouse));
        }

        return lines;
    }

    /// <summary>The index of the first earlier item with this line id (recording it when it is new), or null.</summary>
    private static int? FirstItemWithId(string lineId, int item, List<OrderLine> lines, ReadOnlySpan<int> itemOfLine, Dictionary<string, int>? seenIds)
    {
        if (seenIds is not null)
        {
            return seenIds.TryAdd(lineId, item) ? null : seenIds[lineId];
        }

        for (var j = 0; j < lines.Count; j++)
        {
            if (string.Equals(lines[j].LineId, lineId, StringComparison.Ordinal))
            {
                return itemOfLine[j];
            }
        }

        return null;
    }

    /// <summary>"items[2]" or "items[2].qty": built only when there is an error to report.</summary>
    private static string ItemPath(int item, string member = "") =>
        string.Create(CultureInfo.InvariantCulture, $"items[{item}]{member}");

    private static DateTimeOffset ValidateInstant(PromiseRequestDto dto, DateTimeOffset defaultInstant, ValidationErrors errors)
    {
        if (dto.OrderDatetime is not null)
        {
            return WireInstant.TryParse(dto.OrderDatetime, out var instant)
                ? instant
                : Invalid("order_datetime");
        }

        if (dto.Rules?.OrderCreatedAt is { } createdAt)
        {
            return WireInstant.TryParse(createdAt, out var instant)
                ? instant
                : Invalid("rules.order_created_at");
        }

        return defaultInstant;

        DateTimeOffset Invalid(string path)
        {
            errors.Add(path, "must be an ISO-8601 date-time such as 2026-12-21T15:00:00Z (no offset means UTC)");
            return defaultInstant;
        }
    }

    private string ValidateShippingMethod(string? name, ValidationErrors errors)
    {
        if (name is null)
        {
            return "standard";
        }

        if (rules.FindShippingMethod(name) is { } method)
        {
            return method.Name;
        }

        var known = string.Join(", ", rules.ShippingMethods.Select(m => m.Name));
        errors.Add("shipping_method", $"must be a configured shipping method: {known}");
        return "standard";
    }

    internal static DateOnly? ParseDate(string? text, string path, ValidationErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(path, "must be a date YYYY-MM-DD");
        return null;
    }
}
