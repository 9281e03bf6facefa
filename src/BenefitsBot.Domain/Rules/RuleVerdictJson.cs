using System.Globalization;
using System.Text.Json.Nodes;

namespace BenefitsBot.Domain.Rules;

/// <summary>The <c>"rule"</c> object of the CLI contract: kind, start, end, date, eligible, reason (ISO dates; null fields omitted, as in dates-dev.jsonl).</summary>
public static class RuleVerdictJson
{
    public static JsonObject ToRuleObject(RuleVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var json = new JsonObject { ["kind"] = verdict.Kind.ToWireName() };
        AddDate(json, "start", verdict.Start);
        AddDate(json, "end", verdict.End);
        AddDate(json, "date", verdict.Date);
        if (verdict.Eligible is { } eligible)
        {
            json["eligible"] = eligible;
        }

        if (verdict.Reason is { } reason)
        {
            json["reason"] = reason.ToWireName();
        }

        return json;
    }

    public static string ToIso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddDate(JsonObject json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json[name] = ToIso(d);
        }
    }
}
