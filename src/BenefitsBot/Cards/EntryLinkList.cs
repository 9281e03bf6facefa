using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Cards;

/// <summary>
/// Entries to open, one question per line: the text wraps inside the card and the whole line opens the entry. Buttons keep
/// their title on one line, so a row of them ran past the card's edge and cut long questions off (seen in a browser).
/// </summary>
public static class EntryLinkList
{
    /// <param name="question">The user's question a pick answers, with <paramref name="from"/> (see <see cref="ShowEntryAction.For"/>).</param>
    public static IEnumerable<CardElement> Create(IEnumerable<FaqEntry> entries, string userLanguage, string? question = null, string? from = null) =>
        entries.Select(entry => new Container
        {
            Spacing = Spacing.Small,
            SelectAction = ShowEntryAction.For(entry, userLanguage, question, from),
            Items = [new TextBlock(ShowEntryAction.TitleOf(entry, userLanguage)) { Wrap = true, Color = TextColor.Accent }],
        });
}
