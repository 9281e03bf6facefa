using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>How a directory user is offered in a picker: name, address and a guest marker; the value is the user principal name.</summary>
public static class UserChoices
{
    /// <summary>The value the picker submits: the UPN is unique in the tenant and, unlike the object id, can be looked up with the typeahead's own filter.</summary>
    public static string ValueOf(DirectoryUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.UserPrincipalName ?? user.Mail ?? user.Id;
    }

    public static string TitleOf(DirectoryUser user, string language)
    {
        ArgumentNullException.ThrowIfNull(user);
        var title = user.Contact is { } contact && !string.Equals(contact, user.DisplayName, StringComparison.OrdinalIgnoreCase)
            ? $"{user.DisplayName} ({contact})"
            : user.DisplayName;
        return user.IsGuest ? title + " · " + RedemptionTexts.Get("UserGuest", language) : title;
    }

    public static SearchChoice ToChoice(DirectoryUser user, string language) => new(TitleOf(user, language), ValueOf(user));
}
