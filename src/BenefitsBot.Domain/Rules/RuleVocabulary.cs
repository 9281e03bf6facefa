using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

/// <summary>
/// One language's phrases for understanding date-rule questions. Patterns run on normalized text
/// (lower case, diacritics removed, see <see cref="TextNormalizer"/>), so Swedish and Dutch patterns are written without å, ä, ö, ë.
/// </summary>
public sealed record RuleVocabulary
{
    /// <summary>Patterns are written for Chinese text (no <c>\b</c>); Latin-script patterns run on <see cref="TextView.Latin"/>.</summary>
    public bool IsCjk { get; init; }

    public required IReadOnlyList<KindCue> KindCues { get; init; }

    public required IReadOnlyList<RoleCue> RoleCues { get; init; }

    /// <summary>"Can we still/already ... ?": a yes/no question about today.</summary>
    public required IReadOnlyList<Regex> EligibilityCues { get; init; }

    /// <summary>"How long / until when ...": an open question; an eligibility cue in the same clause does not count.</summary>
    public required IReadOnlyList<Regex> OpenQuestionCues { get; init; }

    /// <summary>Words asking for a date or deadline; needed to call a question without a date a date-rule question.</summary>
    public required IReadOnlyList<Regex> WhenCues { get; init; }

    public required Regex SoftwareWords { get; init; }

    public required Regex ActivationWords { get; init; }

    public required Regex NegationWords { get; init; }

    public required Regex ReplacementWords { get; init; }

    public required Regex RepeatWords { get; init; }

    /// <summary>Mentions that are "today"/"now" rather than the date a rule counts from.</summary>
    public required Regex TodayWords { get; init; }

    /// <summary>
    /// Linear-time matching (<see cref="RegexOptions.NonBacktracking"/>): cues like <c>(可以|能)[^，。]*(嗎|吗)</c> otherwise cost
    /// the clause's length at every start. The few anchored lookahead cues (<c>^(?=.*vs)(?=.*renew)</c>), which that engine
    /// does not support, keep the backtracking one; anchored, they scan the text once. Both have a timeout.
    /// </summary>
    internal static Regex Rx(string pattern)
    {
        try
        {
            return new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
        }
        catch (NotSupportedException)
        {
            return new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    internal static KindCue Cue(string pattern, RuleKind kind, int weight) => new(Rx(pattern), kind, weight);

    internal static RoleCue Role(string pattern, DateRole role) => new(Rx(pattern), role);
}
