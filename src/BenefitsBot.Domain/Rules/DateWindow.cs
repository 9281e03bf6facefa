namespace BenefitsBot.Domain.Rules;

/// <summary>A span of days, both ends inclusive.</summary>
public readonly record struct DateWindow(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => Start <= day && day <= End;
}
