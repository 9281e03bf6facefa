using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation;
using BenefitsBot.Graph;
using BenefitsBot.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Reporting;

/// <summary>"report" typed by an admin (<see cref="ShowVerb"/>): the report card for the caller's tenant over the last <see cref="DefaultDays"/> days.</summary>
public sealed class ReportChatCommand(AdminReportBuilder reports, TenantAnswerers knowledge) : ICardFlow<NoFlowState>
{
    public const int DefaultDays = 30;

    /// <summary>How many weeks the report's chart shows.</summary>
    public const int ChartWeeks = 8;

    /// <summary>The verb the command presses, as the audit log names a refused attempt.</summary>
    public const string ShowVerb = "report.show";

    public IEnumerable<(BotCommandKind Command, string Verb)> Commands => [(BotCommandKind.Report, ShowVerb)];

    public bool CanHandle(string verb) => verb == ShowVerb;

    public IReadOnlyCollection<AdminRole> RolesFor(CardAction action, NoFlowState? current) => EscalationRoles.Admins;

    public async Task<CardActionResult> StepAsync(CardAction action, NoFlowState? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = action.User;
        var report = await reports.BuildAsync(user.TenantId, user.Today.AddDays(-DefaultDays), cancellationToken);
        var weeks = await reports.WeeksAsync(user.TenantId, user.Today, ChartWeeks, cancellationToken);
        return CardActionResult.Show(ReportCard.Create(report, weeks, user.Language, (await knowledge.ForTenantAsync(user.TenantId, cancellationToken)).KnowledgeBase));
    }
}
