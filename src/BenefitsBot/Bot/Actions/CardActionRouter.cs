using System.Text.Json;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot.Actions;

/// <summary>Sends each card button to the handler of its verb; unknown verbs and unidentified callers are refused here, once.</summary>
public sealed class CardActionRouter(IEnumerable<ICardActionHandler> handlers, TimeProvider time)
{
    private readonly ICardActionHandler[] handlers = [.. handlers];

    public Task<CardActionResult> RouteAsync(Activity activity, string? verb, JsonElement? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var user = BotUser.From(activity, LanguageOf(data, activity), time);
        var handler = verb is null ? null : Array.Find(handlers, h => h.CanHandle(verb));
        if (handler is null)
        {
            return Task.FromResult(CardActionResult.Refuse(BotTexts.Get("UnknownAction", user.Language)));
        }

        if (!handler.AllowsUnidentifiedUsers && !user.IsIdentified)
        {
            return Task.FromResult(CardActionResult.Refuse(BotTexts.Get("NeedsIdentity", user.Language)));
        }

        var payload = data is { ValueKind: JsonValueKind.Object } d ? d : default;
        return handler.HandleAsync(new CardAction(verb!, payload, user, activity), cancellationToken);
    }

    /// <summary>Buttons carry the language the card was shown in, so the next card keeps it; otherwise the client locale.</summary>
    private static string LanguageOf(JsonElement? data, Activity activity) =>
        data is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("lang", out var lang)
        && lang.ValueKind == JsonValueKind.String
        && UserLanguage.All.Contains(lang.GetString())
            ? lang.GetString()!
            : UserLanguage.FromLocale(activity.UserLocale);
}
