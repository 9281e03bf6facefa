using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>
/// Assigning: the users and SKU are fixed in the state first (so a replay or a second instance cannot assign twice), then
/// each user is assigned on its own; a refusal for one user (no usage location, no seat left) does not stop the others.
/// When Graph fails before anyone got a license, the retry card continues from the fixed state.
/// </summary>
public sealed partial class AssignmentDialog
{
    /// <summary>The audit log's name for one license assignment (target: the user's object id).</summary>
    public const string AssignLicenseAction = "assign.license";

    private async Task<CardActionResult> RunAsync(CardAction action, DialogStep<AssignmentState> open, CancellationToken cancellationToken)
    {
        var language = action.User.Language;
        var skus = await directory.GetSubscribedSkusAsync(action.User.TenantId, cancellationToken);
        var step = open;
        if (open.Step == AssignmentState.ComposeStep)
        {
            var chosen = Guid.TryParse(action.Field(AssignmentCards.SkuInputId), out var id) ? skus.FirstOrDefault(s => s.SkuId == id) : null;
            var listed = open.State.Users.ToList();
            if (UserPicker.Selection(action) is not null)
            {
                var pick = await users.PickAsync(action, cancellationToken);
                if (pick.User is not { } found)
                {
                    return await ComposeAsync(action, open, pick.Choices, pick.Error, cancellationToken);
                }

                if (listed.TrueForAll(u => u.Id != found.Id))
                {
                    listed.Add(new PickedUser(found.Id, UserChoices.TitleOf(found, language)));
                }
            }

            var error = listed.Count == 0 ? RedemptionTexts.Get("UserMissing", language) : chosen is null ? RedemptionTexts.Get("AssignSkuMissing", language) : null;
            if (error is not null)
            {
                return await ComposeAsync(action, open, await users.SuggestAsync(action.User, cancellationToken), error, cancellationToken);
            }

            step = await AdvanceAsync(action, open, AssignmentState.AssigningStep, new AssignmentState(listed, chosen!.SkuId), cancellationToken);
        }

        var sku = skus.FirstOrDefault(s => s.SkuId == step.State.SkuId) ?? new LicenseSku(step.State.SkuId ?? Guid.Empty, step.State.SkuId?.ToString() ?? "?", 0, 0, null);
        var results = new List<UserAssignmentResult>();
        foreach (var user in step.State.Users)
        {
            try
            {
                await directory.AssignLicenseAsync(action.User.TenantId, user.Id, sku.SkuId, cancellationToken);
                results.Add(new UserAssignmentResult(user, true, null));
                await audit.SucceededAsync(action.User, AssignLicenseAction, user.Id, $"license {sku.SkuPartNumber} ({sku.SkuId})", cancellationToken);
            }
            catch (TenantDirectoryException failure) when (results.Count == 0 && StopsEveryone(failure))
            {
                // Nobody has a license yet and the next user would fail the same way: wait for Graph, keep everything.
                return CardActionResult.Show(GraphRetryCard.Create(language, AssignmentVerbs.Dialog, AssignmentVerbs.Run, step.Version, [], failure));
            }
            catch (TenantDirectoryException failure)
            {
                results.Add(new UserAssignmentResult(user, false, Reason(failure, language)));
                await audit.FailedAsync(action.User, AssignLicenseAction, user.Id, $"license {sku.SkuPartNumber} ({sku.SkuId}): {failure.Kind} {failure.Message}", cancellationToken);
            }
        }

        await EndAsync(action, step, cancellationToken);
        return CardActionResult.Show(AssignmentCards.Result(language, sku, results));
    }

    private static bool StopsEveryone(TenantDirectoryException failure) => failure.Kind is
        TenantDirectoryErrorKind.Unavailable or TenantDirectoryErrorKind.Throttled or TenantDirectoryErrorKind.Forbidden or TenantDirectoryErrorKind.AuthenticationFailed
        or TenantDirectoryErrorKind.NotConfigured;

    /// <summary>Why one user got no license: Graph's own words for a refusal (usage location, seats), else the dialog's explanation.</summary>
    private static string Reason(TenantDirectoryException failure, string language) => failure.Kind switch
    {
        TenantDirectoryErrorKind.Rejected => failure.Message,
        TenantDirectoryErrorKind.NotFound => RedemptionTexts.Get("AssignUserGone", language),
        _ => GraphRetryCard.Explain(failure, language),
    };
}
