namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>BM25F constants and field weights (question weighs more than answer; translated text less than native).</summary>
internal static class RetrievalWeights
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const double Translated = 0.6;

    public static double Of(IndexField field) => field switch
    {
        IndexField.Question => 3.0,
        IndexField.Answer => 1.0,
        IndexField.EnglishQuestion => 1.2,
        IndexField.Alternate => 1.0,
        _ => 0.4,
    };

    /// <summary>BM25 saturation of a (field-weighted, length-normalized) term frequency.</summary>
    public static double Saturate(double frequency) => frequency * (K1 + 1) / (frequency + K1);
}
