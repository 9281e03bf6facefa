namespace BenefitsBot.Bot.Dialogs.SelfService;

/// <summary>The employee's own benefits card: read-only, no role needed.</summary>
public static class SelfServiceVerbs
{
    public const string Prefix = "self";

    /// <summary>Shows (or refreshes) the caller's own benefits. Data: lang.</summary>
    public const string Show = "self.show";
}
