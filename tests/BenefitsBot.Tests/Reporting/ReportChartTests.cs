using System.Text;
using System.Text.Json;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Knowledge;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Reporting;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Nudges;
using SkiaSharp;

namespace BenefitsBot.Tests.Reporting;

/// <summary>The report card's weekly chart: a small PNG drawn with the shipped font, and a whole message under Teams' 25 KB.</summary>
public sealed class ReportChartTests
{
    /// <summary>Teams' practical limit on one message's payload.</summary>
    private const int TeamsPayloadLimit = 25 * 1024;

    private static readonly IReadOnlyList<ReportWeek> Weeks =
        [.. Enumerable.Range(0, ReportChatCommand.ChartWeeks).Select(i => new ReportWeek(new DateOnly(2026, 10, 5).AddDays(7 * i), 900 + (37 * i), 40 + i, 120 - i, 30 * (i % 3), i % 2))];

    [Theory]
    [MemberData(nameof(Languages))]
    public void RenderPng_EightWeeks_IsASmall400By200Png(string language)
    {
        var png = ReportChart.RenderPng(Weeks, language);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((ReportChart.Width, ReportChart.Height), (bitmap.Width, bitmap.Height));
        Assert.InRange(png.Length, 1, 9 * 1024);
    }

    [Fact]
    public void RenderPng_LegendAndTicks_AreDrawnWithTheShippedFont()
    {
        var typeface = ReportChart.Font;

        // Loaded from Content/fonts, not looked up among the machine's fonts (a clean server has none and no fontconfig).
        Assert.Equal(ReportChart.FontName, typeface.FamilyName);
        Assert.True(typeface.ContainsGlyphs("0123456789-" + string.Concat(UserLanguage.All.Where(l => l != UserLanguage.TraditionalChinese).Select(l => EscalationTexts.Get("ReportChartNudgesFailed", l)))));
        Assert.Equal(ReportChart.FontName, ScottPlot.Fonts.GetTypeface(ReportChart.FontName, bold: false, italic: false).FamilyName);
    }

    [Fact]
    public void RenderPng_EachSeries_HasItsColourInTheImage()
    {
        var png = ReportChart.RenderPng(Weeks, UserLanguage.English);

        using var bitmap = SKBitmap.Decode(png);
        var colours = bitmap.Pixels.Select(p => (p.Red, p.Green, p.Blue)).ToHashSet();
        Assert.Contains(((byte)0x2E, (byte)0x7D, (byte)0x32), colours);
        Assert.Contains(((byte)0xC6, (byte)0x28, (byte)0x28), colours);
        Assert.Contains(((byte)0x6A, (byte)0x1B, (byte)0x9A), colours);

        // Text (black or grey, the only neutral colours) in the legend on the right, beyond the plot's lines.
        var legendInk = Enumerable.Range(ReportChart.Width - 120, 120)
            .SelectMany(x => Enumerable.Range(0, ReportChart.Height).Select(y => bitmap.GetPixel(x, y)))
            .Count(c => c != SKColors.White && c.Red == c.Green && c.Green == c.Blue);
        Assert.True(legendInk > 200, $"{legendInk} text pixels in the legend");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReportCard_FullReportWithChart_WholeActivityStaysUnder25KB(string language)
    {
        var knowledge = KnowledgeBase.Load(ShippedContent.ArticlesFolder);
        var card = ReportCard.Create(FullReport(knowledge), Weeks, language, knowledge);
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = "a:" + new string('c', 120) },
            From = new ChannelAccount { Id = "28:" + Guid.NewGuid(), Name = "BenefitsBot" },
            Recipient = new ChannelAccount { Id = "29:" + new string('u', 100), Name = "Alex Wilber" },
            ReplyToId = Guid.NewGuid().ToString("N"),
            Attachments = [Attachment.AdaptiveCard(card.ToJsonElement())],
        };

        var bytes = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(reply, ActivityJsonContext.Default.Activity));

        Assert.True(bytes < TeamsPayloadLimit, $"{bytes} bytes, PNG {ReportChart.RenderPng(Weeks, language).Length}, card without chart {ReportCard.Create(FullReport(knowledge), [], language, knowledge).ToJson().Length}");
        Assert.Contains("data:image/png;base64,", card.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportCard_Chart_HasAltTextInTheUsersLanguage()
    {
        var knowledge = KnowledgeBase.Load(ShippedContent.ArticlesFolder);

        var card = JsonDocument.Parse(ReportCard.Create(FullReport(knowledge), Weeks, UserLanguage.Swedish, knowledge).ToJson());

        var image = Assert.Single(card.RootElement.GetProperty("body").EnumerateArray(), e => e.GetProperty("type").GetString() == "Image");
        var altText = image.GetProperty("altText").GetString();
        Assert.Equal(ReportChart.AltText(Weeks, UserLanguage.Swedish), altText);
        Assert.StartsWith("Diagram över de senaste 8 veckorna", altText, StringComparison.Ordinal);
        Assert.Contains(Weeks.Sum(w => w.Answered).ToString(UserLanguage.Culture(UserLanguage.Swedish)), altText, StringComparison.Ordinal);
    }

    public static TheoryData<string> Languages() => [.. UserLanguage.All];

    /// <summary>As long as the card gets: more feedback rows and open tickets than it lists, with long questions, and big figures.</summary>
    private static AdminReport FullReport(KnowledgeBase knowledge) =>
        Escalation.EscalationCardsOracleTests.SampleReport(knowledge.Entries[0], Escalation.EscalationCardsOracleTests.SampleTicket(UserLanguage.English)) with
        {
            Asked = 12345,
            Answered = 9999,
            Unanswered = 1234,
            Clarify = 1112,
            Feedback = [.. knowledge.Entries.Take(12).Select(e => new FaqFeedbackCount(e.Id, 123, 45))],
            OpenTickets = [.. Enumerable.Range(0, 12).Select(i => new OpenTicket(Guid.NewGuid().ToString("N"), $"T-{i:D4}", "Open", "en", DateTimeOffset.UtcNow, new string('q', 400)))],
            Nudges = new NudgeDeliveryCounts(Pending: 2, Sent: 500, Retrying: 3, Failed: 10, Cancelled: 0),
        };
}
