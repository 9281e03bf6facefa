using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Users;

public sealed partial class DirectoryUserLookup
{
    /// <summary>How many users a picker lists before anything is typed.</summary>
    public const int SuggestionCount = 5;

    /// <summary>The first users of the directory, as the picker's static choices.</summary>
    public Task<IReadOnlyList<DirectoryUser>> SuggestAsync(BotUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return directory.SearchUsersAsync(user.TenantId, string.Empty, SuggestionCount, cancellationToken);
    }

    /// <summary>Resolves what a <see cref="UserPicker"/> submitted (picked value or typed text) to one directory user, or says why not.</summary>
    public async Task<UserPick> PickAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.User.Language;
        var typed = UserPicker.Typed(action);
        if (UserPicker.Selection(action) is not { } selection)
        {
            return new UserPick(null, RedemptionTexts.Get("UserMissing", language), await SuggestAsync(action.User, cancellationToken), typed);
        }

        var found = await FindAsync(action.User, selection, cancellationToken);
        return found switch
        {
            { User: { } one } => new UserPick(one, null, [one], typed),
            { IsAmbiguous: true } => new UserPick(null, RedemptionTexts.Format("UserSeveralFound", language, selection), found.Matches, typed),
            _ => new UserPick(null, RedemptionTexts.Format("UserNoneFound", language, selection), await SuggestAsync(action.User, cancellationToken), typed),
        };
    }
}
