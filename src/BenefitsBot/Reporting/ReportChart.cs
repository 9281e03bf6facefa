using System.Globalization;
using BenefitsBot.Localization;
using ScottPlot;
using SkiaSharp;

namespace BenefitsBot.Reporting;

/// <summary>
/// The report's weekly chart as a small PNG (ScottPlot on SkiaSharp): questions answered, clarified and unanswered, nudges
/// sent and failed. Lines without anti-aliasing, snapped to eight flat colours, keep it near 7 KB, so the card with the image
/// as a data URI stays under Teams' 25 KB. Text is drawn with the shipped DejaVu Sans (Latin), so the chart renders the same on a
/// server with no fonts and no fontconfig; a legend label the font cannot draw (Traditional Chinese) is drawn in English.
/// </summary>
public static class ReportChart
{
    public const int Width = 480;
    public const int Height = 200;

    /// <summary>The family name of Content/fonts/DejaVuSans-Latin.ttf, registered with ScottPlot under this name.</summary>
    public const string FontName = "DejaVu Sans";

    private static readonly Lock FontGate = new();
    private static SKTypeface? font;

    private static readonly (string Key, Color Color)[] Series =
    [
        ("ReportChartAnswered", new Color(0x2E, 0x7D, 0x32)),
        ("ReportChartClarified", new Color(0xEF, 0x8F, 0x00)),
        ("ReportChartUnanswered", new Color(0xC6, 0x28, 0x28)),
        ("ReportChartNudgesSent", new Color(0x15, 0x65, 0xC0)),
        ("ReportChartNudgesFailed", new Color(0x6A, 0x1B, 0x9A)),
    ];

    /// <summary>Every colour the PNG may hold: background, text and axes, and the series.</summary>
    private static readonly SKColor[] Palette =
        [SKColors.White, SKColors.Black, new(0x80, 0x80, 0x80), .. Series.Select(s => new SKColor(s.Color.R, s.Color.G, s.Color.B))];

    public static string FontFile => Path.Combine(AppContext.BaseDirectory, "Content", "fonts", "DejaVuSans-Latin.ttf");

    /// <summary>The shipped typeface, loaded once and registered with ScottPlot (whose font table is global).</summary>
    public static SKTypeface Font
    {
        get
        {
            lock (FontGate)
            {
                if (font is null)
                {
                    font = SKTypeface.FromFile(FontFile) ?? throw new FileNotFoundException("The chart's font is missing.", FontFile);
                    Fonts.AddFontFile(FontName, FontFile, bold: false, italic: false);
                }

                return font;
            }
        }
    }

    public static byte[] RenderPng(IReadOnlyList<ReportWeek> weeks, string language)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var typeface = Font;
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = 10;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowFillStyle.IsVisible = false;
        plot.Grid.IsVisible = false;
        plot.Axes.AntiAlias(false);
        double[] xs = [.. Enumerable.Range(0, weeks.Count).Select(i => (double)i)];
        foreach (var ((key, color), values) in Series.Zip(Values(weeks)))
        {
            var line = plot.Add.ScatterLine(xs, values);
            line.Color = color;
            line.LineWidth = 2;
            line.LineStyle.AntiAlias = false;
            line.LegendText = Label(key, language, typeface);
        }

        // Every other week's start date: eight labels would overlap.
        var ticks = xs.Where(x => (weeks.Count - 1 - (int)x) % 2 == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, [.. ticks.Select(x => weeks[(int)x].Start.ToString("MM-dd", CultureInfo.InvariantCulture))]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
        plot.Axes.Left.TickLabelStyle.FontSize = 10;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimitsY(0, Math.Max(4, Values(weeks).SelectMany(v => v).Max() * 1.1));
        plot.ShowLegend(Edge.Right);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        plot.Render(surface.Canvas, Width, Height);
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        SnapToPalette(bitmap);
        using var pixels = bitmap.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
        return png.ToArray();
    }

    public static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    /// <summary>What the chart shows, in words, for screen readers: the totals over its weeks.</summary>
    public static string AltText(IReadOnlyList<ReportWeek> weeks, string language)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var culture = UserLanguage.Culture(language);
        return EscalationTexts.Format(
            "ReportChartAlt",
            language,
            weeks.Count.ToString(culture),
            weeks.Count == 0 ? string.Empty : weeks[0].Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            weeks.Sum(w => w.Answered).ToString(culture),
            weeks.Sum(w => w.Clarified).ToString(culture),
            weeks.Sum(w => w.Unanswered).ToString(culture),
            weeks.Sum(w => w.NudgesSent).ToString(culture),
            weeks.Sum(w => w.NudgesFailed).ToString(culture));
    }

    /// <summary>
    /// SkiaSharp writes only true-colour PNGs; snapping anti-aliased text edges to the few colours the chart uses is what lets
    /// deflate shrink it (15 KB to 7 KB at 480x200).
    /// </summary>
    private static void SnapToPalette(SKBitmap bitmap)
    {
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var pixel = pixels[i];
            pixels[i] = Palette.MinBy(c => Square(c.Red - pixel.Red) + Square(c.Green - pixel.Green) + Square(c.Blue - pixel.Blue));
        }

        bitmap.Pixels = pixels;

        static int Square(int value) => value * value;
    }

    private static IEnumerable<double[]> Values(IReadOnlyList<ReportWeek> weeks) =>
    [
        [.. weeks.Select(w => (double)w.Answered)],
        [.. weeks.Select(w => (double)w.Clarified)],
        [.. weeks.Select(w => (double)w.Unanswered)],
        [.. weeks.Select(w => (double)w.NudgesSent)],
        [.. weeks.Select(w => (double)w.NudgesFailed)],
    ];

    private static string Label(string key, string language, SKTypeface typeface)
    {
        var label = EscalationTexts.Get(key, language);
        return typeface.ContainsGlyphs(label) ? label : EscalationTexts.Get(key, UserLanguage.English);
    }
}
