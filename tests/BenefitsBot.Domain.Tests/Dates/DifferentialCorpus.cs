using System.Globalization;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Generated phrases for the differential test against the JS recognizer: date forms, relative words and ranges in English
/// and Traditional Chinese, each placed in a sentence and read against several reference days.
/// </summary>
public static class DifferentialCorpus
{
    public sealed record Phrase(string Text, string Culture, DateOnly Reference);

    private static readonly DateOnly[] References = [new(2026, 11, 22), new(2025, 2, 27), new(2024, 7, 3)];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "ten", "thirty"];
    private static readonly string[] ChineseWeekdays = ["一", "二", "三", "四", "五", "六", "日"];
    private static readonly string[] ChineseNumbers = ["一", "兩", "三", "五", "十", "三十", "九十"];

    public static IReadOnlyList<Phrase> English()
    {
        var phrases = new List<Phrase>();
        var days = new[] { new DateOnly(2020, 9, 1), new DateOnly(2024, 2, 29), new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 15), new DateOnly(2023, 6, 7) };
        foreach (var reference in References)
        {
            foreach (var d in days)
            {
                var month = Months[d.Month - 1];
                Add(phrases, reference, "en-us",
                    $"we bought it on {month} {d.Day}, {d.Year}", $"purchased {d.Day} {month[..3]} {d.Year}", $"renewal date {d.Month}/{d.Day}/{d.Year}",
                    $"redeemed on {d:yyyy-MM-dd}", $"assigned on {month[..3]} {d.Day}", $"it was the {Ordinal(d.Day)} of {month}", $"anniversary in {month} {d.Year}");
            }

            foreach (var wd in Weekdays)
            {
                Add(phrases, reference, "en-us", $"we paid next {wd}", $"we paid last {wd}", $"we paid this past {wd}");
            }

            foreach (var n in NumberWords)
            {
                Add(phrases, reference, "en-us", $"{n} days ago", $"in {n} days", $"{n} weeks ago", $"in {n} weeks", $"for {n} years", $"{n} months from now");
            }

            Add(phrases, reference, "en-us", "today", "tomorrow", "yesterday", "next month", "last month", "this year", "next year", "last week", "next week",
                "in 30 days", "30 days ago", "90 days", "one year", "from March 3 to March 10", "between May 1 2025 and June 1 2025", "the 20th of next month",
                "the 5th of last month", "within 30 days", "we bought it on 3/4/2025");
        }

        return phrases;
    }

    public static IReadOnlyList<Phrase> Chinese()
    {
        var phrases = new List<Phrase>();
        var days = new[] { new DateOnly(2020, 9, 1), new DateOnly(2024, 2, 29), new DateOnly(2025, 12, 31), new DateOnly(2026, 10, 5) };
        foreach (var reference in References)
        {
            foreach (var d in days)
            {
                Add(phrases, reference, "zh-tw",
                    $"我們在{d.Year}年{d.Month}月{d.Day}日買了", $"{d.Year}/{d.Month}/{d.Day} 兌換的", $"{d.Month}月{d.Day}號指派", $"{ChineseDigits(d.Year)}年{ChineseNumber(d.Month)}月{ChineseNumber(d.Day)}日");
            }

            foreach (var wd in ChineseWeekdays)
            {
                Add(phrases, reference, "zh-tw", $"下週{wd}付款", $"上週{wd}付款", $"下星期{wd}");
            }

            foreach (var n in ChineseNumbers)
            {
                Add(phrases, reference, "zh-tw", $"{n}天前", $"{n}天後", $"{n}週後", $"{n}個月後", $"{n}年");
            }

            Add(phrases, reference, "zh-tw", "今天", "明天", "昨天", "前天", "後天", "下個月", "上個月", "明年", "去年", "上個月10號", "下個月5號", "三十天", "90天",
                "從2025年3月1日到2025年3月10日", "民國114年9月1日");
        }

        return phrases;
    }

    private static void Add(List<Phrase> phrases, DateOnly reference, string culture, params string[] texts) =>
        phrases.AddRange(texts.Select(t => new Phrase(t, culture, reference)));

    private static string Ordinal(int day) => day + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string ChineseDigits(int year) => string.Concat(year.ToString(CultureInfo.InvariantCulture).Select(c => "〇一二三四五六七八九"[c - '0']));

    private static string ChineseNumber(int n) => n switch
    {
        < 10 => "〇一二三四五六七八九"[n].ToString(),
        10 => "十",
        < 20 => "十" + "〇一二三四五六七八九"[n % 10],
        _ => "〇一二三四五六七八九"[n / 10] + "十" + (n % 10 == 0 ? "" : "〇一二三四五六七八九"[n % 10].ToString()),
    };
}
