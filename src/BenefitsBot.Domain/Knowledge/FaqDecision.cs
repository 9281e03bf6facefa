namespace BenefitsBot.Domain.Knowledge;

/// <summary>
/// The answer / choices / none decision on a ranked question, in one place for the answerer and for cross-validation.
/// <paramref name="TopScore"/>: the best entry's ranking score; <paramref name="UnknownShare"/>: share of the question's words the
/// knowledge base never uses; coverage: share of its term weight in the best entry's texts; unanswerable: the question asks what the best entry cannot say (a price); exactPhrasing: the question is, word for word after analysis, a phrasing of the best entry and of no other (an author's or a tenant's accepted alternate): answered; <paramref name="Probabilities"/>: the best candidates' probabilities, best first.
/// </summary>
internal readonly record struct FaqDecision(FaqResultKind Kind, int Choices)
{
    public const int MaxChoices = 3;

    public static FaqDecision Of(double topScore, double unknownShare, double coverage, bool unanswerable, bool exactPhrasing, ReadOnlySpan<double> probabilities, FaqThresholds thresholds)
    {
        if (exactPhrasing && !unanswerable && probabilities.Length > 0)
        {
            return new FaqDecision(FaqResultKind.Answer, 1);
        }

        var unfamiliar = unknownShare > thresholds.UnknownShare && topScore < thresholds.StrongMatch;
        if (probabilities.Length == 0 || unanswerable || topScore < thresholds.Match || unfamiliar || coverage < thresholds.Coverage)
        {
            return new FaqDecision(FaqResultKind.None, 0);
        }

        var top = probabilities[0];
        var choices = 1;
        while (choices < Math.Min(MaxChoices, probabilities.Length) && probabilities[choices] >= top * thresholds.ChoiceShare)
        {
            choices++;
        }

        return top >= thresholds.Answer || choices == 1 ? new FaqDecision(FaqResultKind.Answer, choices) : new FaqDecision(FaqResultKind.Clarify, choices);
    }
}
