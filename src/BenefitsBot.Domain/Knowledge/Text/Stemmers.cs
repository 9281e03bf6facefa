namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>The light stemmer of each Latin-script language (text is already diacritic-folded, so Swedish suffixes are written without å/ä/ö).</summary>
internal static class Stemmers
{
    public static SuffixStemmer English { get; } = new([
        ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("s", ""), ("es", ""), ("e", ""), ("ed", ""), ("ing", ""), ("ings", ""),
        ("ly", ""), ("ate", ""), ("ated", ""), ("ates", ""), ("ating", ""), ("ation", ""), ("ations", ""),
        ("al", ""), ("ment", ""), ("ments", ""), ("er", ""), ("ers", "")]);

    /// <summary>No bare -s/-t/-n: too many Swedish stems end in them (kompetens, konto).</summary>
    public static SuffixStemmer Swedish { get; } = new([
        ("a", ""), ("e", ""), ("en", ""), ("ar", ""), ("er", ""), ("or", ""), ("et", ""), ("na", ""),
        ("arna", ""), ("erna", ""), ("orna", ""), ("arnas", ""), ("ernas", ""), ("ornas", ""),
        ("ande", ""), ("ende", ""), ("heten", ""), ("heter", ""), ("het", ""), ("ade", ""), ("are", ""), ("aste", ""), ("ningen", "ning"), ("ningar", "ning")]);

    public static SuffixStemmer Dutch { get; } = new([
        ("e", ""), ("s", ""), ("en", ""), ("es", ""), ("ies", "i"), ("je", ""), ("jes", ""), ("heden", "heid"), ("ingen", "ing")]);

    public static SuffixStemmer For(string language) => language switch
    {
        FaqLanguages.Swedish => Swedish,
        FaqLanguages.Dutch => Dutch,
        _ => English,
    };
}
