namespace BenefitsBot.Localization;

/// <summary>
/// The short typed commands. Their spellings per language are the <c>CommandTexts</c> texts keyed by these names (the first
/// spelling is the one cards quote), so the texts test enumerates them.
/// </summary>
public enum BotCommandKind
{
    Setup,
    Renewal,
    Redemption,
    Assignment,
    MyBenefits,
    Settings,
    Suggestions,
    Report,
    TicketsHere,
}
