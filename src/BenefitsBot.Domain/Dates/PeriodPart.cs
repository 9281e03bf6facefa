namespace BenefitsBot.Domain.Dates;

/// <summary>
/// The early, middle or late part of a week, month or year ("i början av mars", "i slutet av förra månaden", 上個月底, 年初), cut as
/// Microsoft.Recognizers.Text cuts them for English and Dutch (whose phrases its model reads): a month's early part is the 1st to
/// the 15th, its middle the 10th to the 20th, its late part the 16th on; a year's halves and its middle from April to September; a
/// week's early part Monday to Wednesday and its late part Thursday on.
/// </summary>
internal enum PeriodPart
{
    Early,
    Middle,
    Late,
}

internal static class PeriodParts
{
    /// <summary>The part of the period [start, end), or null when it is no whole week, month or year (or a week's middle).</summary>
    public static (DateOnly Start, DateOnly End)? Of(DateOnly start, DateOnly end, PeriodPart part)
    {
        if (end == start.AddDays(7) && start == Calendar.StartOfWeek(start))
        {
            return part switch
            {
                PeriodPart.Early => (start, start.AddDays(3)),
                PeriodPart.Late => (start.AddDays(3), end),
                _ => null,
            };
        }

        if (start.Day == 1 && end == start.AddMonths(1))
        {
            return part switch
            {
                PeriodPart.Early => (start, start.AddDays(15)),
                PeriodPart.Middle => (start.AddDays(9), start.AddDays(20)),
                _ => (start.AddDays(15), end),
            };
        }

        if (start.Day == 1 && start.Month == 1 && end == start.AddYears(1))
        {
            return part switch
            {
                PeriodPart.Early => (start, start.AddMonths(6)),
                PeriodPart.Middle => (start.AddMonths(3), start.AddMonths(9)),
                _ => (start.AddMonths(6), end),
            };
        }

        return null;
    }
}
