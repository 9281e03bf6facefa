using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenefitsBot.Storage.Questions;

namespace BenefitsBot.Reporting;

/// <summary>The report for the command line, as text or JSON. Open tickets are listed by id, state and age only: their questions are the tenant's, shown to its admins in Teams.</summary>
public static class ReportText
{
    public static string Format(AdminReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Tenant {report.TenantId}, since {report.Since:yyyy-MM-dd}")
            .AppendLine(CultureInfo.InvariantCulture, $"  questions asked    {report.Asked,6}")
            .AppendLine(CultureInfo.InvariantCulture, $"  answered           {report.Answered,6}")
            .AppendLine(CultureInfo.InvariantCulture, $"  unanswered         {report.Unanswered,6}")
            .AppendLine(CultureInfo.InvariantCulture, $"  clarify            {report.Clarify,6}")
            .AppendLine(CultureInfo.InvariantCulture, $"  open tickets       {report.OpenTickets.Count,6}")
            .AppendLine(CultureInfo.InvariantCulture, $"  nudges sent        {report.Nudges.Sent,6}")
            .AppendLine(CultureInfo.InvariantCulture, $"  nudges failed      {report.Nudges.Failed,6}")
            .AppendLine(CultureInfo.InvariantCulture, $"  suggestions waiting  {report.Suggestions.Pending,4}")
            .AppendLine(CultureInfo.InvariantCulture, $"  suggestions accepted {report.Suggestions.Accepted,4}")
            .AppendLine(CultureInfo.InvariantCulture, $"  suggestions rejected {report.Suggestions.Rejected,4}");
        text.AppendLine(report.Feedback.Count == 0 ? "  helpful/unhelpful per entry: none yet" : "  helpful/unhelpful per entry:");
        foreach (var count in report.Feedback)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {count.Helpful,4} {count.NotHelpful,4}  {count.EntryId}");
        }

        foreach (var ticket in report.OpenTickets)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  open ticket {ticket.Id} {ticket.State} {ticket.Language} since {ticket.CreatedAt:yyyy-MM-dd}");
        }

        return text.ToString();
    }

    public static JsonObject Json(AdminReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outcomes = new JsonObject();
        foreach (var (kind, count) in report.ByOutcome)
        {
            outcomes[kind.ToTag()] = count;
        }

        return new JsonObject
        {
            ["tenant"] = report.TenantId,
            ["since"] = report.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["asked"] = report.Asked,
            ["answered"] = report.Answered,
            ["unanswered"] = report.Unanswered,
            ["clarify"] = report.Clarify,
            ["outcomes"] = outcomes,
            ["open_tickets"] = new JsonArray([.. report.OpenTickets.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.Id,
                ["state"] = t.State.ToLowerInvariant(),
                ["language"] = t.Language,
                ["created_at"] = t.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            })]),
            ["feedback"] = new JsonArray([.. report.Feedback.Select(f => (JsonNode)new JsonObject { ["entry"] = f.EntryId, ["helpful"] = f.Helpful, ["not_helpful"] = f.NotHelpful })]),
            ["nudges"] = new JsonObject { ["sent"] = report.Nudges.Sent, ["failed"] = report.Nudges.Failed },
            ["suggestions"] = new JsonObject { ["pending"] = report.Suggestions.Pending, ["accepted"] = report.Suggestions.Accepted, ["rejected"] = report.Suggestions.Rejected },
        };
    }
}
