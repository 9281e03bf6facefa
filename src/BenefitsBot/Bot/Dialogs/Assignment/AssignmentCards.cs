using System.Globalization;
using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>The assignment cards: compose (users picked so far, the picker, SKUs with free seats) and the per-user result.</summary>
public static class AssignmentCards
{
    public const string SkuInputId = "sku";

    /// <param name="action">The press this card answers, to keep what was typed, picked and chosen; null for a fresh card.</param>
    public static AdaptiveCard Compose(
        string language, AssignmentState state, long version, IReadOnlyList<LicenseSku> skus, IReadOnlyList<DirectoryUser> choices, CardAction? action, string? error)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(skus);
        var body = new List<CardElement>();
        if (error is not null)
        {
            body.Add(DialogCard.Paragraph(error, ContainerStyle.Attention));
        }

        body.Add(new TextBlock(RedemptionTexts.Get("AssignUsersHeading", language)) { Weight = TextWeight.Bolder, Wrap = true });
        body.Add(state.Users.Count == 0
            ? DialogCard.Paragraph(RedemptionTexts.Get("AssignNoUsersYet", language))
            : new ActionSet { Actions = [.. state.Users.Select(u => DialogButton.Create(AssignmentVerbs.RemoveUser, "✕ " + u.Title, language, version, new JsonObject { ["userId"] = u.Id }, sendsInputs: false))] });
        body.AddRange(action is null ? UserPicker.Inputs(language, choices) : UserPicker.InputsAfter(action, choices));
        body.Add(new ActionSet { Actions = [DialogButton.Create(AssignmentVerbs.AddUser, RedemptionTexts.Get("AssignAddUser", language), language, version)] });
        body.Add(Skus(language, skus, action?.Field(SkuInputId)));
        return DialogCard.Create(
            language,
            RedemptionTexts.Get("AssignTitle", language),
            body,
            [
                DialogButton.Create(AssignmentVerbs.Run, RedemptionTexts.Get("AssignRun", language), language, version, style: ActionStyle.Positive),
                DialogButton.Cancel(AssignmentVerbs.Dialog, language, version),
            ]);
    }

    public static AdaptiveCard Result(string language, LicenseSku sku, IReadOnlyList<UserAssignmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(sku);
        ArgumentNullException.ThrowIfNull(results);
        var assigned = results.Count(r => r.Assigned);
        return DialogCard.Create(
            language,
            RedemptionTexts.Format("AssignResultTitle", language, sku.SkuPartNumber),
            [
                DialogCard.Paragraph(
                    RedemptionTexts.Format("AssignResultSummary", language, assigned, results.Count),
                    assigned == results.Count ? ContainerStyle.Good : ContainerStyle.Warning),
                DialogCard.Facts([.. results.Select(r => (r.User.Title, r.Assigned ? RedemptionTexts.Get("AssignOk", language) : RedemptionTexts.Format("AssignFailed", language, r.Reason ?? "?")))]),
            ],
            [DialogButton.Create(AssignmentVerbs.Start, RedemptionTexts.Get("AssignMore", language), language, 0, new JsonObject(), sendsInputs: false)]);
    }

    private static ChoiceSetInput Skus(string language, IReadOnlyList<LicenseSku> skus, string? chosen) => new(SkuInputId)
    {
        Label = RedemptionTexts.Get("AssignSkuLabel", language),
        Placeholder = RedemptionTexts.Get(skus.Count == 0 ? "AssignNoSkus" : "AssignSkuPlaceholder", language),
        Choices = skus.Count == 0
            ? [new Choice(RedemptionTexts.Get("AssignNoSkus", language), string.Empty)]
            : [.. skus.Select(s => new Choice(
                RedemptionTexts.Format("AssignSkuChoice", language, s.SkuPartNumber, s.FreeUnits.ToString(CultureInfo.InvariantCulture), s.EnabledUnits.ToString(CultureInfo.InvariantCulture)),
                s.SkuId.ToString()))],
        Value = chosen,
    };
}
