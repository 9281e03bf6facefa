using Markdig.Syntax.Inlines;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>
/// A sentence of a machine-translated Docs article: <c>&lt;span data-ttu-id="x"&gt;translation&lt;/span&gt;&lt;span
/// class="sxs-lookup"&gt;&lt;span data-stu-id="x"&gt;English&lt;/span&gt;&lt;/span&gt;</c>, both sides parsed as inline markdown.
/// </summary>
internal sealed class LocalizedSpan(ContainerInline local, ContainerInline english) : LeafInline
{
    public ContainerInline Local { get; } = local;

    public ContainerInline English { get; } = english;

    public ContainerInline Side(TextSide side) => side == TextSide.English ? English : Local;
}
