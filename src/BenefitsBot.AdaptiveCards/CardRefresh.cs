using BenefitsBot.AdaptiveCards.Actions;

namespace BenefitsBot.AdaptiveCards;

/// <summary>Universal Actions auto-refresh: Teams sends <c>action</c> as an <c>adaptiveCard/action</c> invoke for the listed users.</summary>
public sealed class CardRefresh
{
    /// <summary>Teams refreshes automatically for at most 60 user MRIs.</summary>
    public const int MaxUserIds = 60;

    /// <summary>An <see cref="ExecuteAction"/>; typed as the base so that its "type" discriminator is written.</summary>
    public required CardAction Action
    {
        get;
        init => field = value as ExecuteAction
            ?? throw new ArgumentException("A card refresh needs an Action.Execute.", nameof(value));
    }

    public List<string>? UserIds
    {
        get;
        init => field = value is { Count: > MaxUserIds }
            ? throw new ArgumentException($"Teams refreshes for at most {MaxUserIds} users.", nameof(value))
            : value;
    }
}
