namespace BenefitsBot.Domain.Rules;

/// <summary>Traditional Chinese (Taiwan) texts.</summary>
internal static class RuleTextsZhTw
{
    public static LanguageTexts Texts { get; } = new("zh-TW", "zh-TW", "yyyy年M月d日", new Dictionary<RuleMessage, string>
    {
        [RuleMessage.RenewalWindow] = "您的 30 天續約期間為 {start} 至 {end}：從購買日（{anchor}）週年日的隔天開始。續約期間內仍可使用權益，並可從 {start} 起的任何一天續約。",
        [RuleMessage.KeyUsableUntil] = "於 {anchor} 兌換的產品金鑰可使用一年，到 {date} 為止。",
        [RuleMessage.GracePeriodEnd] = "您可以在週年日（{anchor}）後 30 天內，於 Partner Center 的會員資格供應頁面付費以重新啟用，也就是到 {date} 為止。之後請透過 Partner Center 提交支援票證，申請 COVID 例外處理。",
        [RuleMessage.UserAssignedBenefitExtension] = "需要指派給使用者的權益（例如 Visual Studio 訂閱）可在註冊續約日（{anchor}）後再啟用及使用 30 天，也就是到 {date} 為止。",
        [RuleMessage.VsReassignFrom] = "Visual Studio 訂閱自原始指派日（{anchor}）起滿 90 天後，才能重新指派給其他訂閱者，也就是從 {date} 起。",
        [RuleMessage.ReplacementTokenDeadline] = "替代權杖（權杖啟用到錯誤的租用戶，或新增座位而非延長）只會發放一次，且須在原始權杖啟用日（{anchor}）後 30 天內申請，也就是最晚 {date}。",
        [RuleMessage.RefundDeadline] = "若要取消並退款，須在購買日（{anchor}）後 30 天內提出服務要求，也就是最晚 {date}，而且尚未啟用軟體權益。",
        [RuleMessage.CovidCovered] = "您的專長認證週年日 {anchor} 介於 2020 年 7 月 1 日至 12 月 31 日之間，因此專長認證延長到下一個週年日 {date}。費用須在 30 天續約期間內支付。",
        [RuleMessage.CovidNotCovered] = "COVID 延長只適用於週年日介於 2020 年 7 月 1 日至 12 月 31 日的專長認證；{anchor} 不在此範圍內。",
        [RuleMessage.EligibleYes] = "可以，今天仍然來得及。",
        [RuleMessage.NotYet] = "還不行：從 {from} 起才可以。",
        [RuleMessage.PastDeadline] = "不行，期限（{date}）已過。",
        [RuleMessage.OneTimeOnly] = "不行：替代權杖只會發放一次。",
        [RuleMessage.SoftwareBenefitsActivated] = "不行：只有在尚未啟用軟體權益時才能退款。",
        [RuleMessage.DaysLeft] = "還剩 {days} 天。",
        [RuleMessage.LastDayToday] = "今天是最後一天。",
        [RuleMessage.AskPurchaseDate] = "請問是哪一天購買的？告訴我購買日期，我就能算出日期。",
        [RuleMessage.AskAnniversaryDate] = "請問您的週年日（到期日）是哪一天？告訴我日期，我就能算出期限。",
        [RuleMessage.AskRedemptionDate] = "請問金鑰是（或將在）哪一天兌換？請告訴我日期。",
        [RuleMessage.AskEnrollmentRenewalDate] = "請問您的註冊續約日是哪一天？請告訴我日期。",
        [RuleMessage.AskAssignmentDate] = "請問訂閱第一次指派是哪一天？請告訴我日期。",
        [RuleMessage.AskActivationDate] = "請問原始權杖是哪一天啟用的？請告訴我日期。",
        [RuleMessage.PurchaseBenefits] = "購買權益不需要是全域管理員。",
        [RuleMessage.AssignBenefits] = "只有全域管理員可以將權益指派給員工。",
        [RuleMessage.ActivateBenefits] = "啟用大部分權益或下載軟體金鑰，需要全域管理員或 MPN 合作夥伴管理員角色。",
        [RuleMessage.ActivateTechnicalBenefits] = "技術權益由全域管理員或 MPN 合作夥伴管理員啟用；如果「啟用」按鈕呈灰色，表示您的帳戶沒有這兩個角色。",
        [RuleMessage.ActivateGoToMarket] = "Go-To-Market 供應項目由全域管理員或 MPN 合作夥伴管理員啟用，且必須先指派公司的行銷連絡人。",
        [RuleMessage.OneActionPackPerAccount] = "每個合作夥伴全域帳戶只能購買一個 Action Pack。",
        [RuleMessage.SignatureCloudSupport] = "Signature Cloud Support 僅適用於金級/銀級專長認證合作夥伴，Action Pack 訂閱者不適用。",
        [RuleMessage.MicrosoftProductSupport] = "Microsoft Product Support 同時適用於 Action Pack 和金級/銀級專長認證合作夥伴。",
        [RuleMessage.BulkCreditNotCombinable] = "Azure Bulk Credit 不能與其他授權、預付或點數供應項目（Enterprise 合約、Cloud Solution Partner、Azure in Open、Azure Pass、Action Pack）合併使用。",
        [RuleMessage.MonthlyCreditUsers] = "Azure 每月點數可以隨時新增或移除使用者。",
        [RuleMessage.BulkCreditTransferOnly] = "Azure Bulk Credit 無法移除使用者，但可在註冊年度內轉移給其他人。",
        [RuleMessage.AddingSeatsShortensTerm] = "新增授權（座位）而非延長，訂閱會在不到 12 個月內到期。",
        [RuleMessage.KeyRedeemedOnce] = "金鑰兌換後就無法再次兌換。",
        [RuleMessage.TokensCannotBeSplit] = "權杖無法分割：25 個座位的權杖不能拆成五個 5 個座位的權杖。",
    });
}
