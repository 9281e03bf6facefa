namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>A date the user picked or typed: the day, or an error to show with what they typed kept in the field.</summary>
/// <param name="Typed">The free text as typed, to put back into the field.</param>
public sealed record DateAnswer(DateOnly? Date, string? Typed, string? Error)
{
    public bool IsValid => Date is not null;
}
