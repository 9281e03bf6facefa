using System.Text.Json;
using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Actions;

/// <summary>
/// The one path of every card press and typed command: parse (which flow, which language, who) → cancel (before the gate:
/// it needs no role and no Graph) → role gate (fail closed: unreadable roles refuse with a card that says why and offers
/// Retry) → state version (a stale card changes nothing) → step. Refusals come from <see cref="RefusalCard"/>, the audit
/// log from <see cref="CardFlowAudit"/>.
/// </summary>
public sealed class CardFlowPipeline(IEnumerable<ICardFlow> flows, IAdminGate gate, CommandMatcher commands, TimeProvider time)
{
    private readonly ICardFlow[] flows = [.. flows];

    /// <summary>A button press: <paramref name="data"/> is client data (forged or replayed, perhaps).</summary>
    public Task<CardActionResult> PressAsync(Activity activity, string? verb, JsonElement? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var payload = data is { ValueKind: JsonValueKind.Object } d ? d : default;
        var language = CardFlowData.LanguageOf(payload, UserLanguage.FromLocale(activity.UserLocale));
        var user = BotUser.From(activity, language, time);
        var flow = verb is null ? null : Array.Find(flows, f => f.CanHandle(verb));
        return flow is null
            ? Task.FromResult(CardActionResult.Refuse(BotTexts.Get("UnknownAction", language)))
            : StartAsync(flow, new CardAction(verb!, payload, user, activity), cancellationToken);
    }

    /// <summary>A typed command, as a press of the verb that opens its flow; null when <paramref name="text"/> is no command (then it is a question).</summary>
    public Task<CardActionResult>? TryCommand(Activity activity, string text, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (commands.Match(text, language) is not { } match)
        {
            return null;
        }

        foreach (var flow in flows)
        {
            foreach (var (command, verb) in flow.Commands)
            {
                if (command == match.Command)
                {
                    var user = BotUser.From(activity, match.Language, time);
                    return StartAsync(flow, new CardAction(verb, default, user, activity), cancellationToken);
                }
            }
        }

        return null;
    }

    /// <summary>The stages after parsing, with the flow's own state type.</summary>
    public async Task<CardActionResult> RunAsync<TCurrent>(ICardFlow<TCurrent> flow, CardAction action, CancellationToken cancellationToken)
        where TCurrent : class
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(action);
        if (flow.Dialog is { } dialog && action.Verb == dialog + CancelSuffix)
        {
            return await flow.CancelAsync(action, cancellationToken);
        }

        try
        {
            var current = await flow.LoadAsync(action, cancellationToken);
            if (flow.RolesFor(action, current) is { Count: > 0 } roles && await GateAsync(flow.Dialog, action, roles, cancellationToken) is { } refused)
            {
                return refused;
            }

            if (flow.IsVersioned(action.Verb) && (current is null || CardFlowData.StateVersionOf(action) != flow.VersionOf(current)))
            {
                return await flow.StaleAsync(action, current, cancellationToken);
            }

            return await flow.StepAsync(action, current, cancellationToken);
        }
        catch (TenantDirectoryException failure)
        {
            // Graph failed during the step: nothing was done; Retry sends the same press with what the user entered.
            return CardActionResult.Show(GraphRetryCard.Create(action.User.Language, flow.Dialog, action.Verb, CardFlowData.StateVersionOf(action) ?? 0, DialogInputs.Carry(action), failure));
        }
        catch (ConcurrencyConflictException) when (flow.Dialog is not null)
        {
            // Another press (a second instance, a double click) got there first: show where that left the flow.
            return await flow.StaleAsync(action, await flow.LoadAsync(action, cancellationToken), cancellationToken);
        }
    }

    /// <summary>The verb suffix of every dialog's Cancel button.</summary>
    public const string CancelSuffix = ".cancel";

    private Task<CardActionResult> StartAsync(ICardFlow flow, CardAction action, CancellationToken cancellationToken) =>
        !flow.AllowsUnidentifiedUsers && !action.User.IsIdentified
            ? Task.FromResult(CardActionResult.Refuse(BotTexts.Get("NeedsIdentity", action.User.Language)))
            : flow.RunAsync(this, action, cancellationToken);

    private async Task<CardActionResult?> GateAsync(string? dialog, CardAction action, IReadOnlyCollection<AdminRole> roles, CancellationToken cancellationToken)
    {
        var decision = await gate.CheckAsync(action.User, action.Verb, roles, cancellationToken);
        return decision.Allowed
            ? null
            : CardActionResult.Show(RefusalCard.Create(decision, roles, action, dialog));
    }
}
