using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>One button press inside a benefit's step: the press itself and the dialog state it continues.</summary>
public sealed record RedemptionTurn(CardAction Action, DialogStep<RedemptionState> Step)
{
    public BotUser User => Action.User;

    public string Language => Action.User.Language;

    public string TenantId => Action.User.TenantId;

    public string BenefitId => Step.State.BenefitId ?? string.Empty;

    /// <summary>A trimmed input value, or null when blank.</summary>
    public string? Input(string id) => DialogData.Text(Action, id);
}
