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
        new("subscription", ["subscription", "prenumeration", "abonnement", "訂用帳戶", "訂閱", "sub", "subs", "abbo"]),
        new("license", ["license", "licence", "licens", "licentie", "授權", "seat", "seats", "platser", "基座", "授權數"]),
        new("support", ["support", "ticket", "support request", "arende", "supportarende", "ondersteuning", "supportticket", "支援", "票證", "工單", "客服"]),
        new("azure-credit", ["azure credit", "azure-kredit", "azure kredit", "azurekredit", "azure-tegoed", "azure tegoed", "tegoed", "kredit", "credits", "點數", "額度", "信用額度"]),
        new("expire", ["expire", "expiry", "expiring", "expiration", "expired", "upphor", "forfallo", "forfaller", "gar ut", "loper ut", "verloopt", "verlopen", "vervaldatum", "verval", "end date", "slutdatum", "einddatum", "結束日期", "到期", "過期", "失效"]),
        new("activate", ["activate", "activation", "aktivera", "aktivering", "activeren", "activering", "inlösen", "redeem", "losa in", "inwisselen", "啟用", "啟動", "兌換"]),
        new("assign", ["assign", "tilldela", "toewijzen", "toekennen", "指派", "分配", "指定"]),
        new("install", ["install", "installera", "installeren", "installatie", "安裝"]),
        new("cancel", ["cancel", "avbryt", "avbryta", "saga upp", "annuleren", "opzeggen", "取消", "退訂"]),
        new("customer", ["customer", "kund", "klant", "客戶"]),
        new("download", ["download", "ladda ned", "ladda ner", "nedladdning", "downloaden", "installer", "installers", "installationsfil", "installatiebestand", "安裝程式", "下載"]),
        new("partner-center", ["partner center", "partnercenter", "partner centrum", "partnercentrum", "合作夥伴中心", "partner centre"]),
        new("advisory-hours", ["advisory hours", "advisory", "radgivning", "radgivningstimmar", "adviesuren", "advies uren", "advies", "顧問時數", "諮詢時數", "諮詢"]),
        new("product-support", ["product support", "produktsupport", "productondersteuning", "產品支援", "技術支援", "technical support", "teknisk support"]),
        new("go-to-market", ["go-to-market", "go to market", "gtm", "marknadsforing", "marketing", "行銷", "上市"]),
        new("merge", ["merge", "merged", "acquire", "acquired", "acquisition", "sammanslagning", "sla samman", "slagit samman", "forvarv", "fusie", "overname", "overgenomen", "samenvoegen", "gefuseerd", "合併", "併購", "收購"]),
        new("uninstall", ["uninstall", "remove the software", "avinstallera", "avinstallation", "verwijderen", "de-installeren", "deinstalleren", "卸載", "解除安裝", "移除"]),
        new("reassign", ["reassign", "reassigned", "transfer", "hand over", "omtilldela", "omtilldelas", "flytta", "overdragen", "opnieuw toewijzen", "overzetten", "重新指派", "轉給", "轉移", "轉讓"]),
        new("support-id", ["access id", "contract id", "atkomst-id", "atkomst id", "kontrakts-id", "kontrakt-id", "toegangs-id", "contract-id", "存取 id", "合約 id", "合約識別碼", "合約編號"]),
        new("restriction", ["limitation", "limitations", "restriction", "restrictions", "limits", "begransning", "begransningar", "restriktioner", "beperking", "beperkingen", "restricties", "限制", "規範"]),
        new("exam", ["exam", "exams", "certification exam", "prov ", "proven", "provet", "examen", "examina", "examens", "tentamen", "考試", "測驗", "檢定"]),
        new("hardship", ["covid", "corona", "pandemic", "hardship", "pandemi", "pandemie", "zwaar", "moeilijke tijden", "svarigheter", "svara tider", "relief", "lattnad", "疫情", "困難", "困境", "新冠", "紓困"]),
        new("share", ["share", "sharing", "whole team", "several people", "multiple people", "dela", "hela teamet", "flera personer", "delen", "hele team", "meerdere mensen", "meerdere personen", "共用", "分享", "共享", "多個人", "多人"]),
        new("replacement", ["replacement", "replace", "ersattning", "ersatta", "vervanging", "vervangen", "更換", "替換", "換一個", "補發", "重發", "換發", "vervangende", "ersattnings"]),
        new("notification", ["notification", "email", "e-mail", "mail", "meddelande", "avisering", "melding", "通知", "信件"]),
        new("difference", ["difference", "different", "differ", "skillnad", "skiljer", "verschil", "verschilt", "差別", "差異", "不一樣", "不同"]),
        new("missed-deadline", ["missed", "miss the", "forgot", "forgotten", "too late", "overdue", "lapsed", "missade", "missat", "glomde", "glomt", "for sent", "gemist", "vergeten", "te laat", "verstreken", "錯過", "忘記", "忘了", "太晚", "逾期", "deadline passed", "after the deadline", "window closed", "stangde", "stangt", "efter deadline", "na de deadline", "gesloten", "已經結束", "過了期限"]),
        new("reactivate", ["reactivate", "reactivation", "re-activate", "reinstate", "ateraktivera", "ateraktivering", "heractiveren", "heractivering", "opnieuw activeren", "重新啟用", "恢復"]),
        new("retain", ["keep", "retain", "maintain", "behalla", "bibehalla", "behouden", "保留", "維持", "保持"]),
        new("annual", ["every year", "each year", "yearly", "annual", "annually", "per year", "varje ar", "arlig", "per ar", "elk jaar", "ieder jaar", "jaarlijks", "per jaar", "每年", "年度", "一年一次"]),
        new("fee", ["fee", "fees", "membership fee", "arsavgift", "medlemsavgift", "bijdrage", "contributie", "lidmaatschapsgeld", "年費", "pay ", "paying", "payment", "paid", "avgift", "betala", "betalning", "betaald", "betalen", "betaling", "費用", "付款", "繳費", "支付", "年費", "付費"]),
        new("lose-access", ["lose", "lost", "losing", "loss of", "forlora", "forlorar", "tappa", "mista", "verliezen", "verlies", "kwijt", "失去", "喪失"]),
        new("renewal-window", ["renewal window", "renewal period", "renewal windows", "fornyelsefonster", "fornyelseperiod", "verlengingsperiode", "verlengingsvenster", "verlengperiode", "續約期", "續約期間", "續訂期間"]),
        new("grace-period", ["grace period", "respitperiod", "respittid", "frist", "respijtperiode", "coulanceperiode", "寬限期"]),
        new("current", ["current", "currently", "right now", "at the moment", "nuvarande", "aktuella", "for narvarande", "just nu", "huidige", "momenteel", "op dit moment", "actuele", "目前", "現有", "現行"]),
        new("on-premises", ["on-premises", "on-prem", "on premises", "on-premise", "lokal installation", "lokala", "lokaal", "lokale", "內部部署", "本機", "地端"]),
        new("edition", ["enterprise", "professional", "edition", "utgava", "editie", "企業版", "專業版", "版本"]),
        new("additional", ["more ", "additional", "extra", "further", "fler", "ytterligare", "meer ", "aanvullende", "bijkomende", "更多", "額外", "增加", "追加", "not enough", "too few", "inte tillrackligt", "for fa", "racker inte", "te weinig", "niet genoeg", "不夠", "不足"]),
        new("software", ["software", "programvara", "programvaror", "mjukvara", "mjukvaror", "軟體"]),
        new("hardware", ["hardware", "maskinvara", "hardvara", "硬體"]),
        new("view", ["where can i see", "where do i see", "where can i find", "view", "look up", "which page", "var ser", "var syns", "var hittar", "visa", "waar zie", "waar vind", "bekijken", "welke pagina", "查看", "哪個頁面", "在哪裡看", "哪裡看"], Weight: 0.4),
        new("terms-of-use", ["terms of use", "usage rights", "anvandningsvillkor", "villkor", "gebruiksvoorwaarden", "voorwaarden", "使用條款", "使用規定"]),
        new("commercial", ["commercial", "kommersiell", "kommersiella", "commercieel", "commerciele", "商業", "商用"]),
        new("perpetual", ["perpetual", "permanent", "forever", "for alltid", "eeuwig", "voor altijd", "永久", "一直"]),
        new("global-admin", ["global admin", "global administrator", "globala administrator", "global administratör", "globale beheerder", "globale administrator", "全域管理員", "全域系統管理員"]),
        new("refund", ["refund", "money back", "aterbetalning", "pengarna tillbaka", "terugbetaling", "restitutie", "geld terug", "退款", "退費", "undo the purchase", "withdraw from", "angerratt", "angra kopet", "herroepingsrecht", "ongedaan maken", "反悔", "撤銷購買"]),
        new("dashboard", ["dashboard", "instrumentpanel", "instrumentpanelen", "儀表板"]),
        new("demonstration", ["demonstration", "demo", "showcase", "demonstrations", "demonstratie", "示範", "展示", "演示"]),
        new("split", ["split", "divide", "dela upp", "splitsen", "opsplitsen", "verdelen", "分割", "拆分", "拆成"]),
        new("mistake", ["wrong", "mistake", "by mistake", "accidentally", "fel ", "felaktig", "av misstag", "verkeerd", "verkeerde", "per ongeluk", "錯誤", "弄錯", "不小心"]),
        new("sign-in", ["sign in", "sign-in", "login", "log in", "credentials", "logga in", "inloggning", "inloggningsuppgifter", "inloggen", "aanmelden", "inloggegevens", "登入", "帳號", "密碼"]),
        new("users", ["employees", "users", "staff", "colleague", "colleagues", "coworker", "coworkers", "developers", "devs", "anstallda", "anvandare", "personal", "kollega", "kollegor", "utvecklare", "medewerkers", "werknemers", "gebruikers", "collega", "collega's", "collegas", "ontwikkelaars", "員工", "使用者", "同事", "開發人員"]),
        new("problem", ["not working", "doesn't work", "does not work", "won't", "trouble", "problem", "problems", "error", "fails", "failed", "failing", "can't install", "cannot install", "fungerar inte", "funkar inte", "gar inte att", "felmeddelande", "lukt niet", "werkt niet", "probleem", "problemen", "foutmelding", "mislukt", "無法", "失敗", "錯誤訊息", "裝不起來", "不成功", "有問題", "出問題"], Weight: 0.4),
        new("when", ["when", "whens", "timing", "nar", "tidpunkt", "wanneer", "vanaf wanneer", "何時", "什麼時候", "哪天", "時機", "時候"], Weight: 0.4),
        new("how-many", ["how many", "number of", "count", "hur manga", "antal", "hoeveel", "aantal", "數量", "幾個", "多少"], Weight: 0.4),
        new("price", ["price", "pricing", "cost", "costs", "how much does", "how much is", "kostar", "kostnad", "pris", "prijs", "kost ", "kosten", "prices", "list price", "quote", "expensive", "cheaper", "priset", "prislista", "dyr", "billigare", "prijzen", "tarief", "tarieven", "goedkoper", "多少錢", "價格", "價錢", "報價", "售價", "定價", "多貴", "便宜"], OutOfScope: true),
        new("currency", ["euro", "euros", "kronor", "sek", "usd", "dollar", "dollars", "eur", "gbp", "pounds", "twd", "ntd", "台幣", "新台幣", "美金", "人民幣"], OutOfScope: true),
        new("exchange-rate", ["exchange rate", "exchange rates", "currency conversion", "conversion rate", "fx rate", "vaxelkurs", "valutakurs", "omrakningskurs", "wisselkoers", "wisselkoersen", "匯率", "匯兌"], OutOfScope: true),
        new("expenses", ["travel expense", "expense report", "expense claim", "expenses", "reimbursement", "reimburse", "travel cost", "reserakning", "utlagg", "reseersattning", "traktamente", "declaratie", "onkostenvergoeding", "onkosten", "reiskosten", "出差", "差旅", "報帳", "請款", "報銷"], OutOfScope: true),
        new("party", ["holiday party", "christmas party", "office party", "julfest", "julbord", "kerstborrel", "kerstfeest", "personeelsfeest", "尾牙", "春酒"], OutOfScope: true),
        new("partner-id", ["mpn id", "partner id", "mpn-id", "partner-id", "mpnid", "合作夥伴識別碼"], OutOfScope: true),
        new("csp", ["csp", "cloud solution provider", "雲端解決方案提供者"], OutOfScope: true),
        new("tax", ["tax", "taxes", "taxable", "taxed", "vat", "sales tax", "moms", "momsen", "skatt", "skatter", "skattepliktig", "skattepliktiga", "beskattas", "formansbeskattning", "btw", "belasting", "belastingen", "belast", "fiscaal", "bijtelling", "稅", "繳稅", "營業稅", "報稅", "扣稅"], OutOfScope: true),
        new("invoice", ["invoice", "invoices", "invoiced", "billing", "credit card", "installments", "payment method", "faktura", "fakturan", "fakturor", "kreditkort", "delbetala", "delbetalning", "betalningsmetod", "factuur", "facturen", "facturatie", "creditcard", "in termijnen", "betaalmethode", "發票", "帳單", "信用卡", "分期", "付款方式"], OutOfScope: true),
        new("amount", ["how much", "how big", "how high", "what amount", "hur mycket", "hur stor", "hur hog", "vad ar beloppet", "hoe hoog", "hoe groot", "hoeveel is", "hoeveel bedraagt", "是多少", "要多少", "金額", "多高"], Weight: 0.4),
        new("password", ["password", "passwords", "losenord", "losenordet", "wachtwoord", "密碼"], Weight: 0.4),
        new("reset", ["reset", "forgot", "forgotten", "recover", "aterstall", "glomt", "glomde", "vergeten", "resetten", "herstellen", "重設", "重置", "忘記"], Weight: 0.4),
    ];

    /// <summary>Concept pairs that together ask what the articles never answer though neither does alone: a fee's amount, a password reset.</summary>
    public static IReadOnlyList<(string First, string Second)> OutOfScopePairs { get; } = [("fee", "amount"), ("password", "reset")];

    /// <summary>The out-of-scope topics the concepts name: concept ids, and <c>first+second</c> for a pair.</summary>
    public static IReadOnlySet<string> OutOfScopeTopics(IReadOnlyCollection<Concept> concepts)
    {
        var topics = concepts.Where(concept => concept.OutOfScope).Select(concept => concept.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (first, second) in OutOfScopePairs)
        {
            if (concepts.Any(concept => concept.Id == first) && concepts.Any(concept => concept.Id == second))
            {
                topics.Add(first + "+" + second);
            }
        }

        return topics;
    }
}
