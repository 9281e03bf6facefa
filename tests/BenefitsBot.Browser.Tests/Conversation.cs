using BenefitsBot.Localization;

namespace BenefitsBot.Browser.Tests;

/// <summary>What a new user tries first in one language: a question the articles answer, and a date question.</summary>
public sealed record Conversation(string Language, string Question, string DateQuestion)
{
    public static IReadOnlyList<Conversation> All { get; } =
    [
        new(UserLanguage.English, "when can we renew our Action Pack?", "we bought Action Pack on 1 Sept 2025, when can we renew?"),
        new(UserLanguage.Swedish, "när kan vi förnya vårt Action Pack?", "vi köpte Action Pack den 1 september 2025, när kan vi förnya?"),
        new(UserLanguage.Dutch, "wanneer kunnen we ons Action Pack verlengen?", "we hebben Action Pack op 1 september 2025 gekocht, wanneer kunnen we verlengen?"),
        new(UserLanguage.TraditionalChinese, "Action Pack 什麼時候可以續約？", "我們在2025年9月1日買了 Action Pack，什麼時候可以續約？"),
    ];

    public static Conversation For(string language) => All.Single(c => c.Language == language);
}
