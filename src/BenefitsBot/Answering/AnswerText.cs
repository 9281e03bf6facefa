using BenefitsBot.Localization;

namespace BenefitsBot.Answering;

/// <summary>An answer as plain text: the command line's <c>text</c> field and the card's fallback.</summary>
public static class AnswerText
{
    public static string Of(BotAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var user = answer.QuestionLanguage;
        return answer.Kind switch
        {
            BotAnswerKind.Faq => FaqText(answer),
            BotAnswerKind.Clarify => BotTexts.Get("ClarifyPrompt", user) + "\n" + string.Join('\n', answer.Faq!.Suggestions.Select((s, i) =>
                $"{i + 1}. {(s.Entry.Text(user) ?? s.Entry.Text("en"))?.Question ?? s.Entry.QuestionEn}")),
            BotAnswerKind.None => BotTexts.Get("NoneTitle", user) + ". " + BotTexts.Get("NoneText", user),
            _ => answer.Verdict!.Explanation.GetValueOrDefault(user) ?? answer.Verdict.Explanation.GetValueOrDefault("en") ?? string.Empty,
        };
    }

    private static string FaqText(BotAnswer answer)
    {
        var entry = answer.Entry!;
        var text = entry.Text(answer.AnswerLanguage) ?? entry.Text("en")!;
        var body = text.AnswerText;
        return text.Language == answer.QuestionLanguage
            ? body
            : BotTexts.Format("AnswerInOtherLanguage", answer.QuestionLanguage, BotTexts.LanguageName(text.Language, answer.QuestionLanguage)) + "\n" + body;
    }
}
