using System.Globalization;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Reporting;

/// <summary>The report as the admins see it in Teams: the figures, a chart of the last weeks, feedback per answer, and the questions still waiting.</summary>
public static class ReportCard
{
    private const int MaxRows = 10;
    private const int MaxQuestionLength = 120;

    /// <param name="weeks">The chart's weeks, oldest first (<see cref="AdminReportBuilder.WeeksAsync"/>); no chart when empty.</param>
    public static AdaptiveCard Create(AdminReport report, IReadOnlyList<ReportWeek> weeks, string language, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(knowledge);
        var since = report.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = new List<CardElement>
        {
            new TextBlock(EscalationTexts.Get("ReportTitle", language)) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(EscalationTexts.Format("ReportPeriod", language, since)) { IsSubtle = true, Wrap = true },
            new FactSet { Facts = Figures(report, language) },
        };
        if (weeks.Count > 0)
        {
            // Teams shows base64 data URIs; the PNG is small enough (about 10 KB) to keep the message under 25 KB.
            body.Add(new Image(new Uri(ReportChart.DataUri(ReportChart.RenderPng(weeks, language)))) { AltText = ReportChart.AltText(weeks, language), Size = ImageSize.Stretch });
        }

        body.Add(new TextBlock(EscalationTexts.Get("ReportFeedbackHeading", language)) { Weight = TextWeight.Bolder, Separator = true, Wrap = true });
        body.Add(report.Feedback.Count == 0
            ? new TextBlock(EscalationTexts.Get("ReportFeedbackNone", language)) { IsSubtle = true, Wrap = true }
            : FeedbackTable(report, language, knowledge));
        body.Add(new TextBlock(EscalationTexts.Get("ReportOpenTicketsHeading", language)) { Weight = TextWeight.Bolder, Separator = true, Wrap = true });
        body.AddRange(report.OpenTickets.Count == 0
            ? [new TextBlock(EscalationTexts.Get("ReportNoOpenTickets", language)) { IsSubtle = true, Wrap = true }]
            : report.OpenTickets.Take(MaxRows).Select(t => new TextBlock($"{t.ShortId} ({t.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}): {Shorten(t.Question)}") { Wrap = true }));
        return new AdaptiveCard { Lang = language, FallbackText = EscalationTexts.Get("ReportTitle", language), Body = body };
    }

    private static List<Fact> Figures(AdminReport report, string language) =>
    [
        Figure("ReportAsked", report.Asked, language),
        Figure("ReportAnswered", report.Answered, language),
        Figure("ReportUnanswered", report.Unanswered, language),
        Figure("ReportClarify", report.Clarify, language),
        Figure("ReportOpenTickets", report.OpenTickets.Count, language),
        Figure("ReportNudgesSent", report.Nudges.Sent, language),
        Figure("ReportNudgesFailed", report.Nudges.Failed, language),
        Figure("ReportSuggestionsWaiting", report.Suggestions.Pending, language),
        Figure("ReportSuggestionsAccepted", report.Suggestions.Accepted, language),
        Figure("ReportSuggestionsRejected", report.Suggestions.Rejected, language),
    ];

    private static Fact Figure(string key, int value, string language) =>
        new(EscalationTexts.Get(key, language), value.ToString(UserLanguage.Culture(language)));

    private static Table FeedbackTable(AdminReport report, string language, KnowledgeBase knowledge)
    {
        var rows = new List<TableRow> { Row(EscalationTexts.Get("ReportEntryColumn", language), EscalationTexts.Get("ReportHelpfulColumn", language), EscalationTexts.Get("ReportNotHelpfulColumn", language)) };
        foreach (var count in report.Feedback.OrderByDescending(c => c.NotHelpful).ThenByDescending(c => c.Helpful).Take(MaxRows))
        {
            var entry = knowledge.Find(count.EntryId);
            var title = (entry?.Text(language) ?? entry?.Text(FaqLanguages.English))?.Question ?? count.EntryId;
            rows.Add(Row(Shorten(title), count.Helpful.ToString(CultureInfo.InvariantCulture), count.NotHelpful.ToString(CultureInfo.InvariantCulture)));
        }

        return new Table { Columns = [new(4), new(1), new(1)], Rows = rows, FirstRowAsHeaders = true };
    }

    private static TableRow Row(params string[] cells) => new() { Cells = [.. cells.Select(c => new TableCell { Items = [new TextBlock(c) { Wrap = true }] })] };

    private static string Shorten(string text) => text.Length > MaxQuestionLength ? text[..(MaxQuestionLength - 3)] + "..." : text;
}
