using static BenefitsBot.Domain.Rules.RuleVocabulary;

namespace BenefitsBot.Domain.Rules;

/// <summary>Traditional Chinese phrases (a few simplified variants included for users typing with a simplified IME).</summary>
internal static class RuleVocabularyZhTw
{
    public static RuleVocabulary Vocabulary { get; } = new()
    {
        IsCjk = true,
        KindCues =
        [
            Cue(@"續約期間|續約的日期|續約區間|續約期|續約窗口|續約時段", RuleKind.RenewalWindow, 3),
            Cue(@"續約|續訂|续约", RuleKind.RenewalWindow, 2),
            Cue(@"買|購買|購入|购买", RuleKind.RenewalWindow, 1),
            Cue(@"金鑰|序號|密鑰|金钥", RuleKind.KeyUsableUntil, 3),
            Cue(@"兌換|兑换", RuleKind.KeyUsableUntil, 1),
            Cue(@"重新啟用|恢復|復原|重新启用", RuleKind.GracePeriodEnd, 4),
            Cue(@"沒有續約|沒續約|未續約|錯過|忘了續約|還沒付|沒付|未付|沒有付|还没付", RuleKind.GracePeriodEnd, 4),
            Cue(@"寬限|補繳|補付|補交", RuleKind.GracePeriodEnd, 4),
            Cue(@"付費|付錢|付款|繳費|缴费", RuleKind.GracePeriodEnd, 2),
            Cue(@"會員資格供應", RuleKind.GracePeriodEnd, 3),
            Cue(@"到期|過期|失效", RuleKind.GracePeriodEnd, 2),
            Cue(@"週年|周年", RuleKind.GracePeriodEnd, 1),
            Cue(@"週年|周年", RuleKind.CovidExtension, 1),
            Cue(@"續約日|續訂日|更新日|续约日", RuleKind.UserAssignedBenefitExtension, 4),
            Cue(@"註冊|注册", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"^(?=.*(visual studio|vs))(?=.*(續約|續訂|续约))", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"重新指派|改給|轉給|轉移給|換給|改派|转给", RuleKind.VsReassignFrom, 4),
            Cue(@"別人|其他人|對的人|錯的人|正確的人|另一個人|别人", RuleKind.VsReassignFrom, 3),
            Cue(@"指派|分配", RuleKind.VsReassignFrom, 1),
            Cue(@"權杖|权杖", RuleKind.ReplacementTokenDeadline, 2),
            Cue(@"替代|替換|更換|換發|補發|替换", RuleKind.ReplacementTokenDeadline, 4),
            Cue(@"錯的租用戶|錯誤的租用戶|錯誤租用戶|錯的租戶|錯誤的租戶|错误的租户", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"新增座位|增加座位|加了座位|新增授權", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"申請新的|要新的", RuleKind.ReplacementTokenDeadline, 2),
            Cue(@"退款|退費|退錢|退费", RuleKind.RefundDeadline, 4),
            Cue(@"取消|退貨|退回", RuleKind.RefundDeadline, 3),
            Cue(@"買|購買|購入|购买", RuleKind.RefundDeadline, 1),
            Cue(@"疫情|新冠|肺炎", RuleKind.CovidExtension, 5),
            Cue(@"延長|延长", RuleKind.CovidExtension, 2),
        ],
        RoleCues =
        [
            Role(@"買|購買|購入|购买|付款", DateRole.Purchase),
            Role(@"週年|周年|到期|要續約", DateRole.Anniversary),
            Role(@"兌換|兑换", DateRole.Redemption),
            Role(@"續約日|續訂日|註冊", DateRole.EnrollmentRenewal),
            Role(@"指派|分配", DateRole.Assignment),
            Role(@"啟用|用在|启用", DateRole.Activation),
        ],
        EligibilityCues =
        [
            Rx(@"還(能|可以|可|來得及|有辦法)[^，。？！,.?!]*(嗎|吗|呢)"),
            Rx(@"(現在|今天)(還)?(能|可以)[^，。？！,.?!]*(嗎|吗)"),
            Rx(@"已經可以[^，。？！,.?!]*(嗎|吗|了沒)"),
            Rx(@"是否(還)?(能|可以)|是不是|太晚|來得及|来得及"),
            Rx(@"(可以|能)[^，。？！,.?!]*(嗎|吗)"),
        ],
        OpenQuestionCues = [Rx(@"幾天|多少時間|哪天|哪一天|什麼時候|多久|幾號|期限|最晚|到何時")],
        WhenCues = [Rx(@"什麼時候|哪天|哪一天|多久|期限|最晚|最早|日期|到期|還能|還可以|何時")],
        SoftwareWords = Rx(@"軟體|軟件|软件"),
        ActivationWords = Rx(@"啟用|使用|安裝|下載|動|用了|用過|開通"),
        NegationWords = Rx(@"沒|未|不"),
        ReplacementWords = Rx(@"替代|替換|換發|補發|新的權杖"),
        RepeatWords = Rx(@"已經|之前|曾經|第二|再|又"),
        TodayWords = Rx(@"今天|今日|現在"),
    };
}
