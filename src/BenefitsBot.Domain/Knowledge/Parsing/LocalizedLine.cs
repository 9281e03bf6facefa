namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>A markdown line in the article's language and, where the line carries localization spans, its English source.</summary>
internal sealed record LocalizedLine(int Number, string Local, string? English);
