using System.Globalization;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>
/// Reads a date from a step card: the picker (<c>Input.Date</c>, yyyy-MM-dd) wins; else the text field, recognized in the
/// user's language first and then in the other three (an admin may paste a Swedish invoice date into an English chat).
/// </summary>
public sealed class DateFieldReader(DateRecognizer recognizer)
{
    /// <summary>The id of the free-text field that goes with picker <paramref name="id"/>.</summary>
    public static string TypedId(string id) => id + "Text";

    public DateAnswer Read(CardAction action, string id)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.User.Language;
        var typed = DialogData.Text(action, TypedId(id));
        if (DialogData.Text(action, id) is { } picked
            && DateOnly.TryParseExact(picked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var pickedDate))
        {
            return new DateAnswer(pickedDate, typed, null);
        }

        if (typed is null)
        {
            return new DateAnswer(null, null, DialogTexts.Get("DateMissing", language));
        }

        return Recognize(typed, language, action.User.Today) is { } date
            ? new DateAnswer(date, typed, null)
            : new DateAnswer(null, typed, DialogTexts.Format("DateUnreadable", language, typed));
    }

    /// <summary>The single day <paramref name="text"/> names, in any of the four languages; null for no day, a range or a duration.</summary>
    public DateOnly? Recognize(string text, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        foreach (var candidate in UserLanguage.All.OrderBy(l => l == language ? 0 : 1))
        {
            var day = recognizer.Recognize(text, candidate, today).FirstOrDefault(m => m.Kind == DateMentionKind.Date)?.Date;
            if (day is not null)
            {
                return day;
            }
        }

        return null;
    }
}
