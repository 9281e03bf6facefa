using System.Globalization;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>A computed date rule: the dates, days left from today, yes/no where asked (for the day asked) and why not, the explanation and the article section it comes from.</summary>
public static class RuleCard
{
    /// <summary>
    /// Two rules fit the words alike: a short question with one button per rule, each opening that rule's answer in place (no
    /// round trip to the bot, and no guess shown first).
    /// </summary>
    public static AdaptiveCard Choice(RuleVerdict first, RuleVerdict second, string language)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = BotTexts.Get("RuleClarifyPrompt", language),
            Body = [new TextBlock(BotTexts.Get("RuleClarifyPrompt", language)) { Wrap = true, Weight = TextWeight.Bolder }],
            Actions = [.. new[] { first, second }.Select(v => new ShowCardAction(Create(v, language)) { Title = RuleTexts.Title(v.Kind, language) })],
        };
    }

    public static AdaptiveCard Create(RuleVerdict verdict, string language)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var facts = new List<Fact>();
        AddDate(facts, "FactStart", verdict.Start, language);
        AddDate(facts, "FactEnd", verdict.End, language);
        AddDate(facts, "FactDate", verdict.Date, language);
        if (verdict.DaysLeft is { } days)
        {
            // "Days left" while the date is ahead; once it has passed, how long ago under a title that says so.
            facts.Add(new Fact(BotTexts.Get(days < 0 ? "FactDaysPast" : "FactDaysLeft", language), DaysText(days, language)));
        }

        if (verdict.Eligible is { } eligible)
        {
            var title = verdict.CheckDay is { } day ? BotTexts.Format("FactEligibleOn", language, day.ToString("d", UserLanguage.Culture(language))) : BotTexts.Get("FactEligible", language);
            facts.Add(new Fact(title, BotTexts.Get(eligible ? "Yes" : "No", language)));
        }

        if (verdict.Reason is { } reason)
        {
            facts.Add(new Fact(BotTexts.Get("FactReason", language), RuleTexts.Reason(reason, language)));
        }

        var explanation = verdict.Explanation.GetValueOrDefault(language) ?? verdict.Explanation.GetValueOrDefault("en") ?? string.Empty;
        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = explanation,
            Body =
            [
                new TextBlock(BotTexts.Get("RuleTitle_" + verdict.Kind.ToWireName(), language)) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Wrap = true },
                new FactSet { Facts = facts },
                new TextBlock(explanation) { Wrap = true },
                new TextBlock($"{BotTexts.Get("FactSource", language)}: {verdict.Citation.Article} — {verdict.Citation.Section}") { Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
        };
    }

    private static void AddDate(List<Fact> facts, string key, DateOnly? date, string language)
    {
        if (date is { } d)
        {
            facts.Add(new Fact(BotTexts.Get(key, language), d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + d.ToString("D", UserLanguage.Culture(language)) + ")"));
        }
    }

    private static string DaysText(int days, string language) => days switch
    {
        0 => BotTexts.Get("DaysTodayValue", language),
        < 0 => BotTexts.Format("DaysPastValue", language, -days),
        _ => BotTexts.Format("DaysLeftValue", language, days),
    };
}
