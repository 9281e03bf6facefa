namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>BM25F constants and field weights (question weighs more than answer; translated text less than native).</summary>
internal static class RetrievalWeights
{
    public static readonly double K1 = Knobs.Get("K1", 1.2);
    public static readonly double B = Knobs.Get("B", 0.75);
    public static readonly double Translated = Knobs.Get("TR", 0.6);

    public static double Of(IndexField field) => field switch
    {
        IndexField.Question => Knobs.Get("WQ", 3.0),
        IndexField.Answer => Knobs.Get("WA", 1.0),
        IndexField.EnglishQuestion => Knobs.Get("WEQ", 1.2),
        _ => Knobs.Get("WEA", 0.4),
    };

    /// <summary>BM25 saturation of a (field-weighted, length-normalized) term frequency.</summary>
    public static double Saturate(double frequency) => frequency * (K1 + 1) / (frequency + K1);
}
