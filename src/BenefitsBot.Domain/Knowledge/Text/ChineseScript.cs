namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>
/// Folds Simplified Chinese characters (and a few Traditional variant forms) to the Traditional forms of the articles, so a
/// question typed with a Simplified input method still meets the zh-TW text. Hand-written: .NET has no portable converter and
/// OpenCC is a native library; the frequent characters of chat questions suffice. One-to-many characters that are also
/// common Traditional characters (后, 制, 系, 台, 周, 准, 余) are left alone.
/// </summary>
internal static class ChineseScript
{
    private static readonly Dictionary<char, char> ToTraditional = Pairs(
        ("们么续订权启错户办动业吗个这时间还没请问对会员门网络关软体钥码证认书务费价钱汇税账号单击开发载装试过该条规则记录获数据库", "們麼續訂權啟錯戶辦動業嗎個這時間還沒請問對會員門網絡關軟體鑰碼證認書務費價錢匯稅帳號單擊開發載裝試過該條規則記錄獲數據庫"),
        ("云产专长级银划计让说话题标种类选择项样实现应须经营销场东无与为从里给导来将决达连进远运边优协帮难紧补换扩约购买卖并帐资额", "雲產專長級銀劃計讓說話題標種類選擇項樣實現應須經營銷場東無與為從裡給導來將決達連進遠運邊優協幫難緊補換擴約購買賣併帳資額"),
        ("点顾询页显览阅读写删异学习课训练许机虚拟设邮复历讯识别区国际华语简统终结维护执报创组织团队领责负态况转赠处杂节惯头脑电线", "點顧詢頁顯覽閱讀寫刪異學習課訓練許機虛擬設郵復歷訊識別區國際華語簡統終結維護執報創組織團隊領責負態況轉贈處雜節慣頭腦電線"),
        ("链钮键盘签验闭岁纪满届临缴纳币议范围损坏误术咨广奖励贴贷减灾纾缓伙厂传储备贝壳图档夹视栏输总积谁几两尽于当虽论确层阶荣誉", "鏈鈕鍵盤簽驗閉歲紀滿屆臨繳納幣議範圍損壞誤術諮廣獎勵貼貸減災紓緩夥廠傳儲備貝殼圖檔夾視欄輸總積誰幾兩盡於當雖論確層階榮譽"),
        ("职状兑册审绝联频调枢纽谢测检骤适细详仅离啓裏爲着綫衆戸", "職狀兌冊審絕聯頻調樞紐謝測檢驟適細詳僅離啟裡為著線眾戶"));

    public static char Fold(char c) => ToTraditional.TryGetValue(c, out var traditional) ? traditional : c;

    private static Dictionary<char, char> Pairs(params (string Simplified, string Traditional)[] rows) =>
        rows.SelectMany(row => row.Simplified.Zip(row.Traditional)).ToDictionary(pair => pair.First, pair => pair.Second);
}
