namespace BenefitsBot.Domain.Knowledge;

/// <summary>An article that cannot be read as a Docs article; says which file and line.</summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException(string filePath, int lineNumber, string reason)
        : base($"{filePath}({lineNumber}): {reason}")
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Reason = reason;
    }

    public ArticleFormatException()
        : this("", 0, "malformed article")
    {
    }

    public ArticleFormatException(string message)
        : this("", 0, message)
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "";
        Reason = message;
    }

    public string FilePath { get; }

    /// <summary>1-based line number in the file.</summary>
    public int LineNumber { get; }

    public string Reason { get; }
}
