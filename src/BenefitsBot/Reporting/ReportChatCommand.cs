using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation;
using BenefitsBot.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Reporting;

/// <summary>"report" typed by an admin: the report card for the caller's tenant over the last <see cref="DefaultDays"/> days.</summary>
public sealed class ReportChatCommand(AdminReportBuilder reports, IAdminGate gate, TenantAnswerers knowledge) : IBotCommand
{
    public const int DefaultDays = 30;

    /// <summary>How many weeks the report's chart shows.</summary>
    public const int ChartWeeks = 8;
    public const string AuditAction = "report.show";

    private static readonly ShortCommand Spellings = new(new Dictionary<string, string[]>
    {
        [UserLanguage.English] = ["report", "show report"],
        [UserLanguage.Swedish] = ["rapport", "visa rapport"],
        [UserLanguage.Dutch] = ["rapport", "verslag", "toon rapport"],
        [UserLanguage.TraditionalChinese] = ["報告", "報表", "顯示報告"],
    });

    public bool Matches(string text, string language) => Spellings.Match(text) is not null;

    public async Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var language = Spellings.Match(command.Text, command.User.Language) ?? command.User.Language;
        var user = command.User with { Language = language };
        var decision = await gate.CheckAsync(user, AuditAction, EscalationRoles.Admins, cancellationToken);
        if (!decision.Allowed)
        {
            return CardActionResult.Refuse(AccessTexts.Explain(decision, EscalationRoles.Admins, language));
        }

        var report = await reports.BuildAsync(user.TenantId, user.Today.AddDays(-DefaultDays), cancellationToken);
        var weeks = await reports.WeeksAsync(user.TenantId, user.Today, ChartWeeks, cancellationToken);
        return CardActionResult.Show(ReportCard.Create(report, weeks, language, (await knowledge.ForTenantAsync(user.TenantId, cancellationToken)).KnowledgeBase));
    }
}
