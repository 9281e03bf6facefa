namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Function words (diacritic-folded) that carry no topic, per language; also the language detector's evidence.</summary>
internal static class StopWords
{
    public static IReadOnlySet<string> English { get; } = Set(
        "a an the and or but if of to in on at by for from with about as into is are was were be been being am do does did doing done " +
        "have has had having i me my mine we us our ours you your yours he she it its they them their this that these those there here " +
        "what which who whom whose when where why how whats whens wheres hows can could would should will shall may might must " +
        "not no yes so than then too very just also any some all each every both either more most other such only own same " +
        "get got gets getting go goes going gonna wanna im ive id its s t d ll re ve m please thanks hi hello hey ok okay " +
        "anyone someone something anything thing things way still already now today one");

    public static IReadOnlySet<string> Swedish { get; } = Set(
        "och i att det som en ett pa ar av for med till den har de inte om var jag vi du ni man han hon kan ska skall " +
        "vill mitt min mina vart vara vår era er ert sin sitt sina dig mig oss dem deras hur vad nar varfor vem vilka vilken vilket " +
        "sa nagon nagot nagra alla allt efter eller men fran ocksa bara redan nu da dar har hos mot utan under over sedan an " +
        "finns fa far fick blir bli blev gor gora gjorde mer mest samma sjalv ju val hej tack snalla " +
        "detta denna dessa vilka kunna kunde skulle maste behover");

    public static IReadOnlySet<string> Dutch { get; } = Set(
        "de het een en of maar als van in op aan bij voor met over naar uit om te tot door is zijn was waren ben bent wordt worden werd " +
        "ik mij me mijn wij we ons onze jij je jou jouw u uw hij zij ze hun haar dit dat deze die daar hier wat welke wie wanneer waar " +
        "waarom hoe kan kunnen kun kon moet moeten mag mogen wil willen zal zou zouden heb hebben heeft had hadden doe doen doet " +
        "niet geen wel ook nog al nu dan toch even er iets iemand alle elk elke zo meer veel hoi hallo dank bedankt graag weer");

    public static IReadOnlySet<string> ChineseCharacters { get; } = new HashSet<string>(
        ["的", "了", "嗎", "呢", "吧", "是", "我", "們", "你", "他", "要", "怎", "麼", "什", "哪", "個", "這", "那", "在", "和",
         "跟", "也", "都", "就", "會", "可", "以", "能", "還", "請", "問", "嗯", "啊", "喔", "該", "誰", "多", "少", "有", "沒"],
        StringComparer.Ordinal);

    public static IReadOnlySet<string> For(string language) => language switch
    {
        FaqLanguages.Swedish => Swedish,
        FaqLanguages.Dutch => Dutch,
        _ => English,
    };

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
