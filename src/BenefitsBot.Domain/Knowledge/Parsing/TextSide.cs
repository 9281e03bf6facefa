namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Which text of a localized article to read: the translation, or the English source its span pairs carry.</summary>
internal enum TextSide
{
    Local,
    English,
}
