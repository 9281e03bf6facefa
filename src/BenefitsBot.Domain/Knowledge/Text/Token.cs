namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>A word (Latin script) or a character bigram (Han script).</summary>
internal readonly record struct Token(string Text, bool IsHan);
