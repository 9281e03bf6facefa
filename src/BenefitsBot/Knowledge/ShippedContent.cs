namespace BenefitsBot.Knowledge;

/// <summary>Where the built-in articles are copied beside the binaries (Content/articles, see Content/NOTICE.md).</summary>
public static class ShippedContent
{
    public static string ArticlesFolder => Path.Combine(AppContext.BaseDirectory, "Content", "articles");
}
