namespace BenefitsBot.Domain.Knowledge;

/// <summary>
/// How the answerer decides, chosen by 5-fold cross-validation on the development questions (<c>eval faq --folds 5</c>).
/// <paramref name="Match"/>: the best entry's ranking score below which nothing matches (not covered);
/// <paramref name="UnknownShare"/>, <paramref name="StrongMatch"/>: a question with more than this share of words the knowledge base
/// never uses is about something else unless the match reaches <paramref name="StrongMatch"/>;
/// <paramref name="Answer"/>: the best entry's probability at or above which it is answered outright;
/// <paramref name="ChoiceShare"/>: below that, the choices offered are the candidates with at least this share of the best's probability
/// (one such candidate is answered); <paramref name="Coverage"/>: the share of the question's term weight the best entry's texts must
/// hold (a question about two things of which the entry explains one is not answered by it).
/// </summary>
public sealed record FaqThresholds(
    double Match = 0.56, double UnknownShare = 0.34, double StrongMatch = 0.78, double Answer = 0.8, double ChoiceShare = 0.15, double Coverage = 0)
{
    public static FaqThresholds Default { get; } = new();
}
