namespace BenefitsBot.Domain.Dates;

/// <summary>
/// What a <see cref="PatternRule"/> cannot match without: a text holding none of it skips the rule's pass. Most questions hold no
/// unit, weekday or month word, and a pass costs as much as the pattern has alternatives to try at each letter, match or not.
/// </summary>
[Flags]
internal enum PatternAnchor
{
    None = 0,

    /// <summary>A digit (<c>\d</c>).</summary>
    Digit = 1,

    /// <summary>A month word anywhere, even inside a longer word ("15jan", "fifteenthjanuary" match the day-month rules).</summary>
    Month = 2,

    /// <summary>A weekday word not followed by a letter or digit (its rules end it there or at white space or a comma).</summary>
    Weekday = 4,

    /// <summary>A unit word ("days", "veckor", "d" in "3d") neither preceded by a letter nor followed by a letter or digit.</summary>
    Unit = 8,

    /// <summary>The profile's "now" words anywhere.</summary>
    Now = 16,
}
