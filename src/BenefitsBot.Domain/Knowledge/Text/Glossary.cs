namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>
/// The vocabulary people really use for partner benefits, across en/sv/nl/zh-TW, grouped by concept. Both articles and questions
/// get a concept token for every phrase found, so synonyms, abbreviations and other languages meet. Topic words only, never whole questions.
/// </summary>
internal static class Glossary
{
    public static IReadOnlyList<Concept> Concepts { get; } =
    [
        new("action-pack", ["microsoft action pack", "action pack", "actionpack", "map", "行動套件", "行動組合"]),
        new("learning-pack", ["learning action pack", "inlarnings action pack", "utbildnings action pack", "learning-action pack", "學習行動套件", "學習版"]),
        new("visual-studio", ["visual studio", "vs", "msdn", "vs enterprise", "vs pro"]),
        new("office365", ["office 365", "o365", "microsoft 365", "m365", "office365"]),
        new("product-license", ["iur", "internal use rights", "internal use", "interna anvandnings", "intern anvandning", "interne gebruiks", "intern gebruik", "內部使用", "product license", "produktlicens", "produkt licens", "productlicentie", "product licentie", "產品授權"]),
        new("tenant", ["aad", "azure ad", "azure active directory", "entra", "tenant", "klient", "tenant-id", "租用戶", "租使用者", "租戶"]),
        new("key", ["key", "keys", "token", "tokens", "nyckel", "nycklar", "sleutel", "sleutels", "licensnyckel", "produktnyckel", "productsleutel", "licentiesleutel", "金鑰", "權杖", "序號", "產品金鑰", "啟用碼"]),
        new("renew", ["renew", "renewal", "renewing", "fornya", "fornyelse", "forlang", "verlengen", "verlenging", "vernieuwen", "vernieuwing", "續約", "續訂", "更新", "延長"]),
        new("competency", ["competency", "competencies", "kompetens", "competentie", "专长", "專長", "gold", "guld", "silver", "金級", "銀級"]),
        new("benefit", ["benefit", "benefits", "forman", "formaner", "fordelar", "fordel", "voordeel", "voordelen", "voor delen", "權益", "福利"]),
        new("subscription", ["subscription", "prenumeration", "abonnement", "訂用帳戶", "訂閱"]),
        new("license", ["license", "licence", "licens", "licentie", "授權", "seat", "seats", "platser", "基座", "授權數"]),
        new("support", ["support", "ticket", "support request", "arende", "supportarende", "ondersteuning", "supportticket", "支援", "票證", "工單", "客服"]),
        new("azure-credit", ["azure credit", "azure-kredit", "azure kredit", "azurekredit", "azure-tegoed", "azure tegoed", "tegoed", "kredit", "credits", "點數", "額度", "信用額度"]),
        new("expire", ["expire", "expiry", "expiring", "expiration", "expired", "upphor", "forfallo", "forfaller", "gar ut", "loper ut", "verloopt", "verlopen", "vervaldatum", "verval", "到期", "過期", "失效"]),
        new("activate", ["activate", "activation", "aktivera", "aktivering", "activeren", "activering", "inlösen", "redeem", "losa in", "inwisselen", "啟用", "啟動", "兌換"]),
        new("assign", ["assign", "tilldela", "toewijzen", "toekennen", "指派", "分配", "指定"]),
        new("install", ["install", "installera", "installeren", "installatie", "安裝"]),
        new("cancel", ["cancel", "avbryt", "avbryta", "saga upp", "annuleren", "opzeggen", "取消", "退訂"]),
        new("customer", ["customer", "kund", "klant", "客戶"]),
        new("download", ["download", "ladda ned", "ladda ner", "nedladdning", "downloaden", "下載"]),
        new("partner-center", ["partner center", "partnercenter", "partner centrum", "partnercentrum", "合作夥伴中心", "partner centre"]),
        new("advisory-hours", ["advisory hours", "advisory", "radgivning", "radgivningstimmar", "adviesuren", "advies uren", "advies", "顧問時數", "諮詢時數", "諮詢"]),
        new("product-support", ["product support", "produktsupport", "productondersteuning", "產品支援", "技術支援", "technical support", "teknisk support"]),
        new("go-to-market", ["go-to-market", "go to market", "gtm", "marknadsforing", "marketing", "行銷", "上市"]),
        new("merge", ["merge", "merged", "acquire", "acquired", "acquisition", "sammanslagning", "sla samman", "slagit samman", "forvarv", "fusie", "overname", "overgenomen", "samenvoegen", "gefuseerd", "合併", "併購", "收購"]),
        new("hardship", ["covid", "corona", "pandemic", "hardship", "pandemi", "pandemie", "疫情", "困難", "新冠"]),
        new("share", ["share", "sharing", "dela", "delen", "共用", "分享", "共享"]),
        new("replacement", ["replacement", "replace", "ersattning", "ersatta", "vervanging", "vervangen", "更換", "替換", "換一個"]),
        new("notification", ["notification", "email", "e-mail", "mail", "meddelande", "avisering", "melding", "通知", "信件"]),
        new("difference", ["difference", "different", "differ", "skillnad", "skiljer", "verschil", "verschilt", "差別", "差異", "不一樣", "不同"]),
        new("when", ["when", "whens", "timing", "nar", "tidpunkt", "wanneer", "vanaf wanneer", "何時", "什麼時候", "哪天", "時機", "時候"], Weight: 0.4),
        new("how-many", ["how many", "number of", "count", "hur manga", "antal", "hoeveel", "aantal", "數量", "幾個", "多少"], Weight: 0.4),
        new("price", ["price", "pricing", "cost", "costs", "how much does", "how much is", "kostar", "kostnad", "pris", "prijs", "kost ", "kosten", "多少錢", "價格", "價錢"], OutOfScope: true),
        new("currency", ["euro", "euros", "kronor", "sek", "usd", "dollar", "dollars", "台幣", "新台幣", "美金"], OutOfScope: true),
        new("exchange-rate", ["exchange rate", "exchange rates", "vaxelkurs", "wisselkoers", "匯率"], OutOfScope: true),
        new("csp", ["csp", "cloud solution provider", "雲端解決方案提供者"], OutOfScope: true),
    ];
}
