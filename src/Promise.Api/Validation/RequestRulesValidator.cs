using System.Globalization;
using Promise.Api.Contracts;
using Promise.Core.Requests;

namespace Promise.Api.Validation;

/// <summary>Validates the wire <c>rules</c> overrides into <see cref="RequestRules"/>.</summary>
internal static class RequestRulesValidator
{
    private static readonly string[] CutoffFormats = ["HH:mm", "HH:mm:ss"];

    public static RequestRules Validate(RequestRulesDto? dto, ValidationErrors errors)
    {
        if (dto is null)
        {
            return RequestRules.None;
        }

        TimeOnly? cutoff = null;
        if (dto.CutoffTime is { } cutoffText)
        {
            if (TimeOnly.TryParseExact(cutoffText, CutoffFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                cutoff = parsed;
            }
            else
            {
                errors.Add("rules.cutoff_time", "must be a local time HH:mm such as 14:00");
            }
        }

        TimeZoneInfo? zone = null;
        if (dto.Timezone is { } zoneId && !TryFindZone(zoneId, out zone))
        {
            errors.Add("rules.timezone", "must be an IANA time zone id such as Europe/Berlin");
        }

        var mode = DesiredDateMode.LatestAcceptable;
        if (dto.DesiredDateMode is { } modeText && !WireNames.TryParseDesiredDateMode(modeText, out mode))
        {
            errors.Add("rules.desired_date_mode", "must be LATEST_ACCEPTABLE, NO_EARLY_DELIVERY or STRICT_FAIL");
        }

        return new RequestRules
        {
            NoWeekends = dto.NoWeekends ?? true,
            CutoffTime = cutoff,
            TimeZone = zone,
            ProcessingDays = Days(dto.ProcessingLeadTimeDays, "rules.processing_lead_time_days", errors),
            TransitDays = Days(dto.LeadTimeBufferDays, "rules.lead_time_buffer_days", errors),
            DesiredDateMode = mode,
        };
    }

    internal static bool TryFindZone(string id, out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone);
    }

    private static int? Days(int? value, string path, ValidationErrors errors)
    {
        if (value is { } days && (days < 0 || days > PromiseRequestValidator.MaxOverrideDays))
        {
            errors.Add(path, $"must be a whole number of days from 0 to {PromiseRequestValidator.MaxOverrideDays.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }
}
