using static BenefitsBot.Domain.Rules.RuleVocabulary;

namespace BenefitsBot.Domain.Rules;

/// <summary>Traditional Chinese phrases (a few simplified variants included for users typing with a simplified IME).</summary>
internal static class RuleVocabularyZhTw
{
    /// <summary>The renewal window by its own name: the rule's strongest cue, and what a year beside it names (<see cref="RuleVocabulary.WindowWords"/>).</summary>
    private const string WindowName = @"續約期間|續約區間|續約期|續約窗口|續約時段";

    private const string NotRenewing = @"決定不|不(打算|再|會|会|要|想)?(續約|續訂|續費|续约|續了|續)|沒有要續|沒要續|讓它(到期|過期|失效)";

    /// <summary>Renewing; 續期 in Hong Kong; 續 alone beside a modal or a question ("聽日續得唔得", "還能續嗎"), not in 繼續 (continue) or 陸續.</summary>
    private const string RenewVerb = @"續約|續訂|续约|續期|(還|仲|能|可以|可唔可以)[^，。？！,.?!]{0,6}(?<![繼继持陸陆連连手])續(?![約訂期費會])|(?<![繼继持陸陆連连手])續(?![約訂期費會])[^，。？！,.?!]{0,3}(嗎|仲得|得唔得|得不得)";

    public static RuleVocabulary Vocabulary { get; } = new()
    {
        IsCjk = true,
        KindCues =
        [
            Cue(WindowName + "|續約的日期", RuleKind.RenewalWindow, 5),
            Cue(@"續費|延長會員資格|延長會籍|續會", RuleKind.RenewalWindow, 3),
            // This year's renewal told as pending (今年的會費尚未繳, 續約款還沒繳): what the window is for; a lapse is told by
            // expiry (到期) or reactivating, which the grace period's own cues weigh. Not in a condition, which tells nothing.
            Cue(@"(?<!如果|假如|要是)今年的?(續約|續費|年費|會費)?(費|款)?(也|都)?(還沒|尚未|還未|仍未)|續約(費|款)[^，。？！,.?!]{0,3}(還沒|尚未|還未|仍未)(付|繳)", RuleKind.RenewalWindow, 4),
            Cue(@"從幾號到幾號|從哪天到哪天|幾號到幾號|哪天開始.{0,6}哪天", RuleKind.RenewalWindow, 2),
            Cue(RenewVerb, RuleKind.RenewalWindow, 2),
            Cue(@"(付|繳|交)(今年的)?(續約費|年費|會費)|把(今年的)?(續約費|年費|會費)[^，。？！,.?!]{0,4}(付|繳|交)", RuleKind.RenewalWindow, 3),
            // Paying for the year ahead is renewing: 今年的年費, 下一年的費用, 下一次繳費.
            Cue(@"年費|(今年|這一期|下一年|明年)的?續約費|年度費用|(下一年|新的一年|明年)的?(費用|會費)|下一次(要)?(繳費|付費|付款)", RuleKind.RenewalWindow, 3),
            Cue(@"買|購買|購入|购买", RuleKind.RenewalWindow, 1),
            Cue(@"金鑰|序號|密鑰|金钥|授權碼|啟用碼|啟動碼|產品碼|序列號", RuleKind.KeyUsableUntil, 3),
            Cue(@"兌換|兑换", RuleKind.KeyUsableUntil, 2),
            Cue(@"重新啟用|恢復|復原|重新启用", RuleKind.GracePeriodEnd, 4),
            // A decision not to renew: the renewal now due lapses.
            Premise(NotRenewing, RuleKind.GracePeriodEnd, 4),
            Premise(@"沒有續約|沒續約|(?<!還|还|尚)沒續|未續約|忘了續約|還沒付|沒付|未付|沒有付|还没付", RuleKind.GracePeriodEnd, 4),
            Cue(@"錯過", RuleKind.GracePeriodEnd, 4),
            // The fee not paid inside the renewal window (會費沒在續約期內付): the window is over, the lapse is asked about.
            Premise(@"(未能|沒能|沒有|未|沒)(在|於)?續約期間?(內|之內)?[^，。？！,.?!]{0,3}(繳|付|續)", RuleKind.GracePeriodEnd, 4),
            Cue(@"寬限|補繳|補付|補交", RuleKind.GracePeriodEnd, 4),
            Premise(@"付費|付錢|付款|繳費|缴费|俾錢", RuleKind.GracePeriodEnd, 2),
            Cue(@"會員資格供應", RuleKind.GracePeriodEnd, 3),
            Premise(@"沒(有)?人(付|繳|續約|續費|處理)|(原本|本來)?應該在?[^，。？！,.?!]{0,12}續約[^，。？！,.?!]{0,4}(但|卻|可是)", RuleKind.GracePeriodEnd, 3),
            Cue(@"挽救|救回", RuleKind.GracePeriodEnd, 3),
            Cue(@"到期|過期|失效", RuleKind.GracePeriodEnd, 2),
            Cue(@"(週年|周年)(?!慶|庆)", RuleKind.GracePeriodEnd, 1),
            Cue(@"(週年|周年)(?!慶|庆)", RuleKind.CovidExtension, 1),
            Cue(@"續約日|續訂日|更新日|续约日", RuleKind.UserAssignedBenefitExtension, 4),
            Cue(@"註冊|注册", RuleKind.UserAssignedBenefitExtension, 3),
            // The article's "benefits that require a user assignment".
            Cue(@"使用者指派|指派(給)?使用者|用戶指派|指派給用戶|分配給使用者|分配给用户", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"(visual studio|vs)[^。？！?!]{0,40}(續約|續訂|续约)|(續約|續訂|续约)[^。？！?!]{0,40}(visual studio|vs)", RuleKind.UserAssignedBenefitExtension, 3),
            // Activating or using a Visual Studio subscription: the article's benefits that need a user assignment, which a lapse
            // ("we haven't renewed") is the premise of, so as strong as the lapse.
            Cue(@"(visual studio|vs)[^，。？！,.?!]{0,12}(啟用|使用|開通|(能|可以|可|在)用)|(啟用|使用|開通|(能|可以|可|在)用|保留|還有)[^，。？！,.?!]{0,12}(visual studio|vs)", RuleKind.UserAssignedBenefitExtension, 4),
            // 改 before the verb is changing to another person: 改指派給, 改分配給.
            Cue(@"重新指派|改給|轉給|轉移給|換給|改派|转给|換人|轉移|改(成)?(指派|分配)", RuleKind.VsReassignFrom, 4),
            // Taking over a predecessor's subscription: 指派給我自己.
            Cue(@"給我自己|给我自己", RuleKind.VsReassignFrom, 3),
            Cue(@"別人|其他人|對的人|錯的人|正確的人|另一個人|别人", RuleKind.VsReassignFrom, 3),
            // Giving or handing it to someone else (交給下一位, 給新人, 讓給).
            Cue(@"交給|讓給|給(了)?(新|下一|別|其他|另)|轉俾|俾(第二|新|下一|別|其他)", RuleKind.VsReassignFrom, 3),
            // A newcomer who should get a subscription someone else had.
            Cue(@"新同事|新進|新人|新員工|新來的", RuleKind.VsReassignFrom, 2),
            Cue(@"指派|分配", RuleKind.VsReassignFrom, 1),
            Cue(@"權杖|权杖", RuleKind.ReplacementTokenDeadline, 2),
            Cue(@"替代|替換|更換|換發|補發|替换|換一個|換新|取代", RuleKind.ReplacementTokenDeadline, 3),
            // The article writes the tenant as 租使用者 and seats as 基座 ("新增基座而不是擴充").
            Cue(@"錯(誤)?的?租(用戶|戶|使用者)|错误的租户|(客戶|別人|其他公司)的租(用戶|戶|使用者)", RuleKind.ReplacementTokenDeadline, 3),
            // The article's tokens activated on the wrong tenant or seats added by accident (不小心), not a test environment alone.
            Cue(@"不小心|弄錯|搞錯|誤(啟用|兌換|用)", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"(新增|增加|加)(了|成)?(新的)?(座位|席次|基座)|新增授權|(而不是|而非|不是)延長", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"申請新的|要新的", RuleKind.ReplacementTokenDeadline, 2),
            // 錢拿得回來, 把錢要回來, 拿回這筆錢: the money back, as "money back" / "pengarna tillbaka" / "geld terug" are.
            Cue(@"退款|退費|退錢|退费|鑑賞期|猶豫期|錢\S{0,4}?(拿|要|討)(得|的)?回(來)?|(拿|要|討)回\S{0,3}?錢", RuleKind.RefundDeadline, 4),
            Cue(@"取消|退貨|退回|撤銷|退訂", RuleKind.RefundDeadline, 3),
            // "還能退嗎", "可以退掉嗎": returning what was bought.
            Cue(@"(能|可以|可不可以|還能|還可以|想|要)退(嗎|吗|掉|貨|費|款)?(?![出休伍])|退掉", RuleKind.RefundDeadline, 3),
            Cue(@"買|購買|購入|购买", RuleKind.RefundDeadline, 1),
            Cue(@"疫情|新冠|肺炎", RuleKind.CovidExtension, 5),
            Cue(@"封城|封鎖|隔離|三級警戒", RuleKind.CovidExtension, 4),
            // Believing it was extended is asking whether it was: 以為會自動延長.
            Cue(@"以為[^，。？！,.?!]{0,10}(延長|展延)", RuleKind.CovidExtension, 4),
            // The article's "擴展...專長認證".
            Cue(@"(?<!不是|而非|沒有)(延長|延长|擴展|延展)", RuleKind.CovidExtension, 2),
            // Asking whether it is or was extended (有被展延嗎) names the extension.
            Cue(@"(會|有沒有|(?<!沒)有)被?(延長|展延)|被(延長|展延)|(?<!不是|沒有)(延長|展延)(了)?嗎", RuleKind.CovidExtension, 3),
        ],
        RoleCues =
        [
            Role(@"買|購買|購入|购买|付款|發票|下單|下订单|訂購|订购", DateRole.Purchase),
            // 拿到 (got) a competency or a membership starts it; 拿到 a subscription is its assignment (below).
            Role(@"拿到[^，。？！,.?!]{0,6}(認證|认证|專長|专长|資格|资格|會員|会员|能力)", DateRole.Purchase),
            // The membership starting is its start: "會員資格從去年5月開始" (not starting to use something, 開始用).
            // Not the adverb 一開始 / 剛開始 ("at first"), which tells the first of several events.
            Role(@"(?<!他|她|同事|員工|新人|一|剛|刚)開始(的|生效)?(?!用|使用|啟用|算)|起始日|生效日", DateRole.Purchase),
            Role(@"(?<!他|她|同事|員工|新人|主管)加入(?!公司|團隊|我們|本公司|部門)|入會|成為(會員|合作夥伴)|取得|獲得", DateRole.Purchase),
            // An age reached on a day dates the anniversary: 上週五剛滿三年.
            Role(@"(週年|周年)(?!慶|庆)|年度日期|到期|過期|失效|要續約|(滿|满)(一|兩|两|二|三|四|五|六|七|八|九|十|\d{1,2})(週|周)?年", DateRole.Anniversary),
            Role(@"兌換|兑换|輸入", DateRole.Redemption),
            Role(@"續約日|續訂日|註冊", DateRole.EnrollmentRenewal),
            // Not 改指派 / 重新分配 (assigning anew: what is asked, not the event).
            Role(@"(?<!改|重新|轉|再)(指派|分配)|分咗俾|分了給|拿到|設定給|替\S{1,4}設定|幫\S{1,4}設定|開通給", DateRole.Assignment),
            Role(@"啟用|用在|启用", DateRole.Activation),
        ],
        EligibilityCues =
        [
            Rx(@"還[^，。？！,.?!]{0,16}(嗎|吗|呢|？|\?)"),
            Rx(@"(現在|今天|馬上|立刻|立即|已經)[^，。？！,.?!]{0,12}(嗎|吗)"),
            // "還在期間內" (still within) asks; "老闆還在考慮" (is still considering) does not.
            Rx(@"是否|是不是|能不能|可不可以|有沒有|可否|能否|行不行|太晚|(?<!沒|没|來不|来不)來得及|(?<!沒|没)来得及|還有效|還在[^，。？！,.?!]{0,10}(內|裡|里|之中|範圍)"),
            // The A-not-A question (可不可以, 能不能, Cantonese 得唔得, 用唔用得).
            // Not when embedded under "decide / consider / know" (老闆在考慮要不要留).
            Rx(@"(?<!(決定|决定|考慮|考虑|知道|確定|确定|討論|讨论|商量|看看))([\u4e00-\u9fff])(不|唔)\2"),
            // 嗎 closes a yes/no question (open questions are excluded by OpenQuestionCues).
            Rx(@"(嗎|吗)"),
        ],
        // 吧 closing a question asks to confirm the statement before it (應該還沒過期吧？, 還可以退款吧？), as 對吧 does as a tag; in a
        // statement it proposes ("我們續約吧。").
        // 還能用？, 還來得及？: "still" with its question mark asks yes or no though 嗎 is left out (an open question word rules it out).
        AskedOnlyCues = [Rx(@"吧\s*$|對吧|对吧|還(能|可以|有效|來得及|来得及)")],
        TellWords = Rx(@"告訴|說明|知道"),
        // Not "在期限內嗎" (within the deadline?), a yes/no.
        OpenQuestionCues = [Rx(@"幾天|多少時間|哪天|哪一天|什麼時候|多久|幾號|期限(?!內|内|之內|之内|以內|以内|是不是|是否|已經?過|已经?过|過了|过了)|最晚|到何時|幾時|最遲")],
        RenewWords = Rx(RenewVerb),
        WhenCues = [Rx(@"什麼時候|哪天|哪一天|多久|期限|最晚|最早|日期|到期|還能|還可以|何時|幾時|最遲")],
        SoftwareWords = Rx(@"軟體|軟件|软件|金鑰|序號|權益|授權|下載"),
        // English verbs in a Chinese sentence, as people type them: "已經 activate 了", "key redeem 過了".
        ActivationWords = Rx(@"(?i:activated?|redeem(ed)?|install(ed)?|download(ed)?)\s*(了|過)|已經?\s*(?i:activate|redeem|install|download)|啟用了|啟用過|已啟用|已經啟用|用了|用過|已使用|已經使用|安裝了|已安裝|已經安裝|裝好|下載了|下載下來|下載完|已下載|已經下載|下載好|開通了|兌換了|已兌換|已經兌換"),
        // 不 negates, but not in 不過 (but), 不僅/不只 (not only), 不同 (different), 不然 (otherwise), 不但.
        PaymentWords = Rx(@"付款|付費|繳費|發票|帳單|付了|繳了"),
        NetworkJoinWords = Rx(@"加入(了)?\s*(mpn|微軟合作夥伴網路|合作夥伴網路|合作夥伴計畫)"),
        NobodyWords = Rx(@"沒(有)?人"),
        NegationWords = Rx(@"沒|未|不(?![過过僅仅只同然但])|尚未|还没"),
        ReplacementWords = Rx(@"替代|替換|更換|取代|換發|補發|換過|換了|新的權杖"),
        // A date looked up after a guess (我以為…查過是…, 應該是…確認了，是…) is the one to use.
        CorrectionWords = Rx(@"更正|不對|不对|我是說|說錯|打錯|抱歉|(喔|哦|噢|啊|欸|呃)\s*不是|不是啦|(再|剛|刚)(確認|确认)|(確認|确认)(過|了|过)|查過|查过|查了一下|核對過"),
        RightBeforeCorrectionWords = Rx(@"(改到|改成|延到|延後到|挪到|提前到)(?=\s*(\d|民國))|其實是|應該是|正確(的)?是|但(我)?(查|看)?(了)?(入口網站|系統|發票|後台|合作夥伴中心|partner center)(上)?(顯示|寫|寫的)?(是|的是)?"),
        OtherEventWords = Rx(@"^\W*(那|這)(是|天是|只是)"),
        ClauseJoinWords = Rx(@"而且|並且|然後|但是|不過|可是"),
        RepeatWords = Rx(@"已經|(?<!哪天|哪一天|幾號|時候|日期|期限|以)之前|曾經|第二|(?<!天|後|后|時|时|來|来|回|到|才|號|号|日|月|[週周][一二三四五六日天])再|又|過一次|一次了"),
        ReceivedWords = Rx(@"(拿|收|領)到了|(拿|收|領)過|已(經)?(拿|收|領)到|(發|給|換)過"),
        PersonLeftWords = Rx(@"離職|离职|辭職|已離開|離開公司|走了|接任|接手|繼任|接替"),
        ConditionalWords = Rx(@"如果|假如|要是|若是|假設|的話|万一|萬一"),
        PlanWords = Rx(@"(?<!原本|本來|原先|原來|不)(預計|打算|準備|將會|計畫|计划|預定|预定)"),
        BeliefWords = Rx(@"以為|以为|認為|认为"),
        WindowWords = Rx(WindowName),
        WhenClauseWords = Rx(@"(的時候|的时候|時候|时候|那天|當天|当天)\s*$"),
        ThatDayWords = Rx(@"那天|那一天|當天|當時|那時|那個時候|那时|当时|当天|到時候|到时候|屆時|届时"),
        LastDayWords = Rx(@"最後一天|最後上班日|離職當天|离职当天"),
        DepartureWords = Rx(@"離職|离职|辭職|離開"),
        YearlyRenewalWords = Rx(@"每年|今年"),
        RenewalPaidWords = Rx(@"已(經)?(續約|續費|付(了)?續約|繳(了)?續約)(?!好幾|幾|多|了?好幾|了?\d|了?[一二三四五六七八九十兩]+年)|(續約|renew(al)?)(費|的錢)?[^，。？！,.?!]{0,12}(已經|已|都)[^，。？！,.?!]{0,14}(付|繳)|(付|繳)(了|過)(今年的)?續約費|續約(已經)?(完成|辦好|好了)|(今年|這一期|本期)(的年費)?[^，。？！,.?!]{0,6}(已經|已)(付|繳)(過|了|清)"),
        // Latin letters inside Chinese text have no word boundary before the next character (VS訂閱).
        VisualStudioWords = Rx(@"visual studio|vs|msdn"),
        MessageWords = Rx(@"郵件|信件|電子郵件|通知|提醒|簡訊|來信|email|mail|工單|備註"),
        PandemicStartWords = Rx(@"疫情(剛|刚)?(爆發|爆发|開始|开始)|新冠(剛|刚)?(爆發|爆发)|第一次封城|剛封城"),
        MoreTimeWords = Rx(@"更多時間|多一點時間|多點時間|延期|展延|延後|寬延"),
        MonthEndWords = Rx(@"^\s*(底|末)"),
        MonthStartWords = Rx(@"^\s*初"),
        EarlyRenewalWords = Rx(@"太早|快(要)?(到)?(續約|续约)|(已經|已经|現在就|现在就|提前|提早|先)(?![^，。？！,.?!]{0,6}(錯過|错过|過了|过了|結束|结束|截止|關閉|关闭))[^，。？！,.?!]{0,6}(續約|續訂|續費|续约)|(即將|下次|下一次|這次|这次)(的)?(續約|續訂|續費|续约)|(可以|能|能夠|能够)(續約|續訂|續費|续约)了(嗎|吗|沒|没)"),
        ExpiredWords = Rx(@"(已經?|已)(到期|過期|失效)|(到期|過期|失效)了"),
        PartialWords = Rx(@"一半|部分|部份"),
        NotRenewingWords = Rx(NotRenewing),
        UseWords = Rx(@"(能|可以|可|還|还|繼續|继续|要|在)用|使用(?!者)|啟用|開通"),
        // The object is dropped, so only a word that tells the move itself: 改指派給, 轉給, 後來又給.
        MovedOnWords = Rx(@"改(指派|派|給|配)|轉(給|交|派|指派|移給)|後來又?(指派|給|轉)|再(指派|轉)給"),
        TodayWords = Rx(@"今天|今日|現在"),
        StillWords = Rx(@"還|仍|依然|依舊|現在|今天|目前"),
    };
}
