namespace BenefitsBot.Domain.Rules;

/// <summary>The text tables of the four languages; unknown languages fall back to English.</summary>
public static class RuleTexts
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "sv", "nl", "zh-TW"];

    public static LanguageTexts For(string language) => language switch
    {
        "sv" => RuleTextsSv.Texts,
        "nl" => RuleTextsNl.Texts,
        "zh-TW" => RuleTextsZhTw.Texts,
        _ => RuleTextsEn.Texts,
    };

    /// <summary>The message in <paramref name="language"/> with its placeholders filled from <paramref name="values"/>.</summary>
    public static string Format(string language, RuleMessage message, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = For(language).Messages[message];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A short heading for a rule (card title), in the user's language.</summary>
    public static string Title(RuleKind kind, string language) => Format(language, kind switch
    {
        RuleKind.RenewalWindow => RuleMessage.TitleRenewalWindow,
        RuleKind.KeyUsableUntil => RuleMessage.TitleKeyUsableUntil,
        RuleKind.GracePeriodEnd => RuleMessage.TitleGracePeriodEnd,
        RuleKind.UserAssignedBenefitExtension => RuleMessage.TitleUserAssignedBenefitExtension,
        RuleKind.VsReassignFrom => RuleMessage.TitleVsReassignFrom,
        RuleKind.ReplacementTokenDeadline => RuleMessage.TitleReplacementTokenDeadline,
        RuleKind.RefundDeadline => RuleMessage.TitleRefundDeadline,
        RuleKind.CovidExtension => RuleMessage.TitleCovidExtension,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    /// <summary>Why the answer is no, as a short label (a card's fact), in the user's language.</summary>
    public static string Reason(IneligibilityReason reason, string language) => Format(language, reason switch
    {
        IneligibilityReason.PastDeadline => RuleMessage.ReasonPastDeadline,
        IneligibilityReason.OneTimeOnly => RuleMessage.ReasonOneTimeOnly,
        IneligibilityReason.SoftwareBenefitsActivated => RuleMessage.ReasonSoftwareBenefitsActivated,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    });

    /// <summary>The question asking for the date a rule needs, in the user's language.</summary>
    public static string AskForDate(DateRole role, string language) => Format(language, role switch
    {
        DateRole.Purchase => RuleMessage.AskPurchaseDate,
        DateRole.Anniversary => RuleMessage.AskAnniversaryDate,
        DateRole.Redemption => RuleMessage.AskRedemptionDate,
        DateRole.EnrollmentRenewal => RuleMessage.AskEnrollmentRenewalDate,
        DateRole.Assignment => RuleMessage.AskAssignmentDate,
        DateRole.Activation => RuleMessage.AskActivationDate,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    });
}
