using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>
/// "tickets here" typed by an admin in a team channel makes it the admins' channel; tickets kept while there was none are
/// posted there now.
/// </summary>
public sealed class TicketsHereCommand(
    ITenantRecordStore records,
    IAdminGate gate,
    IAuditLog audit,
    TicketChannelPoster poster,
    TimeProvider time) : IBotCommand
{
    public const string AuditAction = "ticket.channel";

    private static readonly ShortCommand Spellings = new(new Dictionary<string, string[]>
    {
        [UserLanguage.English] = ["tickets here", "questions here"],
        [UserLanguage.Swedish] = ["ärenden här", "frågor här"],
        [UserLanguage.Dutch] = ["tickets hier", "vragen hier"],
        [UserLanguage.TraditionalChinese] = ["工單在這裡", "工單在此", "問題送到這裡"],
    });

    public bool Matches(string text, string language) => Spellings.Match(text) is not null;

    public async Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = command.User with { Language = Spellings.Match(command.Text, command.User.Language) ?? command.User.Language };
        var activity = command.Activity;
        if (activity.Conversation?.ConversationType != "channel" || activity.TeamId is null || activity.Conversation.Id is not { } conversationId)
        {
            return CardActionResult.Refuse(EscalationTexts.Get("TicketsHereNotChannel", user.Language));
        }

        var decision = await gate.CheckAsync(user, AuditAction, EscalationRoles.Admins, cancellationToken);
        if (!decision.Allowed)
        {
            return CardActionResult.Refuse(AccessTexts.Explain(decision, EscalationRoles.Admins, user.Language));
        }

        var channel = new TicketChannel(conversationId, user.Language, user.ObjectId, time.GetUtcNow());
        var existing = await records.FindAsync<TicketChannel>(user.TenantId, TicketChannel.SingleId, cancellationToken);
        _ = existing is null
            ? await records.InsertAsync(user.TenantId, channel, cancellationToken)
            : await records.UpdateAsync(user.TenantId, channel, existing.Version, cancellationToken);
        await audit.AppendAsync(new AuditEntry(user.TenantId, user.ObjectId, AuditAction, conversationId, AuditResult.Succeeded, channel.ChosenAt, null), cancellationToken);
        var posted = 0;
        foreach (var waiting in await records.ListAsync<Ticket>(user.TenantId, cancellationToken))
        {
            if (waiting.Value.State == TicketState.Open && waiting.Value.ThreadConversationId is null && await poster.PostAsync(user.TenantId, waiting, cancellationToken))
            {
                posted++;
            }
        }

        var message = EscalationTexts.Get("TicketsHereDone", user.Language)
            + (posted > 0 ? " " + EscalationTexts.Format("TicketsHerePosted", user.Language, posted) : string.Empty);
        return CardActionResult.Show(Cards.NoticeCard.Create(message, user.Language));
    }
}
