namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>One question or how-to section of a single article file, in its language and (where the file has it) in English.</summary>
public sealed record ParsedEntry(
    string SectionAnchor,
    string Anchor,
    int Ordinal,
    int LineNumber,
    EntryText Local,
    EntryText? English);
