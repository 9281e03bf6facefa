using System.Globalization;

namespace BenefitsBot.Domain.Rules;

/// <summary>Builds a verdict's explanation in every language from the text tables.</summary>
internal static class RuleExplanations
{
    public static IReadOnlyDictionary<string, string> Explain(RuleVerdict verdict, DateOnly anchor, DateOnly today)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in RuleTexts.Languages)
        {
            result[language] = Explain(verdict, anchor, today, RuleTexts.For(language));
        }

        return result;
    }

    private static string Explain(RuleVerdict verdict, DateOnly anchor, DateOnly today, LanguageTexts texts)
    {
        string Fill(RuleMessage message) => texts.Messages[message]
            .Replace("{anchor}", texts.FormatDate(anchor), StringComparison.Ordinal)
            .Replace("{start}", verdict.Start is { } s ? texts.FormatDate(s) : "", StringComparison.Ordinal)
            .Replace("{end}", verdict.End is { } e ? texts.FormatDate(e) : "", StringComparison.Ordinal)
            .Replace("{date}", (verdict.Date ?? verdict.End) is { } d ? texts.FormatDate(d) : "", StringComparison.Ordinal)
            .Replace("{from}", (verdict.Start ?? verdict.Date) is { } f ? texts.FormatDate(f) : "", StringComparison.Ordinal)
            .Replace("{check}", verdict.CheckDay is { } c ? texts.FormatDate(c) : "", StringComparison.Ordinal)
            .Replace("{days}", verdict.DaysLeft?.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal);

        var parts = new List<string> { Fill(MainMessage(verdict)) };
        // COVID coverage is the main message; a named day past the extended date adds why the answer is no.
        if ((verdict.Kind != RuleKind.CovidExtension || verdict.Reason is not null) && EligibilityMessage(verdict, today) is { } eligibility)
        {
            parts.Add(Fill(eligibility));
        }

        // Days left only while the period is open: not for a window that has not opened yet, nor for "from" dates and history.
        var open = verdict.Start is not { } start || start <= today;
        if (verdict.Kind is not (RuleKind.CovidExtension or RuleKind.VsReassignFrom) && open && verdict.Eligible is not false && verdict.DaysLeft is { } days && days >= 0)
        {
            parts.Add(Fill(days == 0 ? RuleMessage.LastDayToday : RuleMessage.DaysLeft));
        }

        return string.Join(texts.Language == "zh-TW" ? "" : " ", parts);
    }

    private static RuleMessage MainMessage(RuleVerdict verdict) => verdict.Kind switch
    {
        RuleKind.RenewalWindow => RuleMessage.RenewalWindow,
        RuleKind.KeyUsableUntil => RuleMessage.KeyUsableUntil,
        RuleKind.GracePeriodEnd => RuleMessage.GracePeriodEnd,
        RuleKind.UserAssignedBenefitExtension => RuleMessage.UserAssignedBenefitExtension,
        RuleKind.VsReassignFrom => RuleMessage.VsReassignFrom,
        RuleKind.ReplacementTokenDeadline => RuleMessage.ReplacementTokenDeadline,
        RuleKind.RefundDeadline => RuleMessage.RefundDeadline,
        RuleKind.CovidExtension => verdict.Date is not null ? RuleMessage.CovidCovered : RuleMessage.CovidNotCovered,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict.Kind, null),
    };

    private static RuleMessage? EligibilityMessage(RuleVerdict verdict, DateOnly today) => (verdict.Eligible, verdict.Reason) switch
    {
        (null, _) => null,
        (true, _) when verdict.CheckDay is { } day && day != today => RuleMessage.EligibleOnDay,
        (true, _) => RuleMessage.EligibleYes,
        (false, IneligibilityReason.PastDeadline) when verdict.CheckDay is { } day && day != today => RuleMessage.PastDeadlineOnDay,
        (false, IneligibilityReason.OneTimeOnly) => RuleMessage.OneTimeOnly,
        (false, IneligibilityReason.SoftwareBenefitsActivated) => RuleMessage.SoftwareBenefitsActivated,
        (false, IneligibilityReason.PastDeadline) => RuleMessage.PastDeadline,
        (false, null) when (verdict.Start ?? verdict.Date) > (verdict.CheckDay ?? today) => RuleMessage.NotYet,
        _ => null,
    };
}
