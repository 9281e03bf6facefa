namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>Runs eval cases through an answerer and computes the figures per language and overall.</summary>
public static class FaqEvaluator
{
    public const string Overall = "all";

    public static IReadOnlyList<(FaqEvalCase Case, FaqResult Result)> Run(FaqAnswerer answerer, IEnumerable<FaqEvalCase> cases, bool passLanguageAsLocale = true)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        return [.. cases.Select(item => (item, answerer.Ask(item.Text, passLanguageAsLocale ? item.Language : null)))];
    }

    public static IReadOnlyList<FaqEvalMetrics> Metrics(IReadOnlyList<(FaqEvalCase Case, FaqResult Result)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return [.. outcomes.GroupBy(outcome => outcome.Case.Language).OrderBy(group => FaqLanguages.All.ToList().IndexOf(group.Key))
            .Select(group => Of(group.Key, [.. group])).Append(Of(Overall, outcomes))];
    }

    public static bool IsTop1(FaqEvalCase item, FaqResult result) =>
        result.Kind == FaqResultKind.Answer && result.Entry is not null && item.AcceptedEntryIds.Contains(result.Entry.Id);

    /// <summary>Answered right, or an accepted entry is among the choices offered.</summary>
    public static bool IsOneClick(FaqEvalCase item, FaqResult result) =>
        IsTop1(item, result) || (result.Kind == FaqResultKind.Clarify && result.Suggestions.Any(choice => item.AcceptedEntryIds.Contains(choice.Entry.Id)));

    private static FaqEvalMetrics Of(string language, IReadOnlyList<(FaqEvalCase Case, FaqResult Result)> outcomes)
    {
        var answerable = outcomes.Where(outcome => !outcome.Case.ExpectsNone).ToList();
        var none = outcomes.Where(outcome => outcome.Case.ExpectsNone).ToList();
        return new FaqEvalMetrics(
            language,
            outcomes.Count,
            answerable.Count,
            Share(answerable, outcome => IsTop1(outcome.Case, outcome.Result)),
            Share(answerable, outcome => IsOneClick(outcome.Case, outcome.Result)),
            Share(none, outcome => outcome.Result.Kind == FaqResultKind.None),
            Share(answerable, outcome => outcome.Result.Kind == FaqResultKind.None),
            Share(answerable, outcome => outcome.Result.Kind == FaqResultKind.Answer && !IsTop1(outcome.Case, outcome.Result)),
            Share(outcomes, outcome => outcome.Result.Kind == FaqResultKind.Clarify));
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : Math.Round((double)items.Count(predicate) / items.Count, 3);
}
