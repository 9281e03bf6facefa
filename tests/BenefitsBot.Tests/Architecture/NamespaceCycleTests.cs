using BenefitsBot.Hosting;

namespace BenefitsBot.Tests.Architecture;

/// <summary>
/// Dependencies between the bot's top-level namespaces point one way: no namespace uses one that uses it back, and Storage,
/// the bottom layer, uses none of them.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const string Root = "BenefitsBot";

    /// <summary>
    /// Cycles left for the card-flow work (issue 11, item 1): each edge listed here closes one of them. The list only shrinks:
    /// <see cref="KnownCycleEdges_EachStillInTheAssembly"/> fails once an edge is gone, so that it is taken off.
    /// </summary>
    private static readonly (string From, string To)[] KnownCycleEdges =
    [
        ("BenefitsBot.Bot", "BenefitsBot.Suggestions"), // FaqCardActions records suggestions itself
        ("BenefitsBot.Cards", "BenefitsBot.Escalation"), // FaqAnswerCard embeds Escalation's AskAdminsSection
        ("BenefitsBot.Suggestions", "BenefitsBot.Escalation"), // SuggestionActions gates with Escalation's EscalationRoles
    ];

    private static readonly Dictionary<(string From, string To), string> Edges = NamespaceGraph.Edges(typeof(BenefitsBotServices).Assembly, Root);

    public static TheoryData<string, string> IssueElevenEdges => new()
    {
        { "BenefitsBot.Bot", "BenefitsBot.Nudges" },
        { "BenefitsBot.Bot", "BenefitsBot.Reporting" },
        { "BenefitsBot.Storage", "BenefitsBot.Reporting" },
        { "BenefitsBot.Storage", "BenefitsBot.Graph" },
    };

    [Fact]
    public void BotAssembly_TopLevelNamespaces_NoCycleBeyondTheKnownEdges()
    {
        var cycles = NamespaceGraph.Cycles(Edges.Keys.Except(KnownCycleEdges));

        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles.Select(Describe)));
    }

    [Fact]
    public void KnownCycleEdges_EachStillInTheAssembly() =>
        Assert.All(KnownCycleEdges, edge => Assert.True(Edges.ContainsKey(edge), $"{edge.From} -> {edge.To} is gone: take it off {nameof(KnownCycleEdges)}."));

    [Fact]
    public void Storage_UsesNoOtherBotNamespace()
    {
        var uses = Edges.Where(e => e.Key.From == "BenefitsBot.Storage").Select(e => $"{e.Key.To}: {e.Value}");

        Assert.Empty(uses);
    }

    /// <summary>The four dependencies issue 11 named: were one added back, one of the tests above would fail.</summary>
    [Theory]
    [MemberData(nameof(IssueElevenEdges))]
    public void IssueElevenEdge_AddedBack_Caught(string from, string to)
    {
        var edges = Edges.Keys.Except(KnownCycleEdges).Append((from, to)).ToList();

        Assert.True(NamespaceGraph.Cycles(edges).Count > 0 || from == "BenefitsBot.Storage");
        Assert.DoesNotContain((from, to), Edges.Keys);
    }

    [Fact]
    public void Cycles_ThreeNamespacesInARing_FoundOnceWithoutTheOneOutside()
    {
        var cycles = NamespaceGraph.Cycles([("A.X", "A.Y"), ("A.Y", "A.Z"), ("A.Z", "A.X"), ("A.Z", "A.W")]);

        Assert.Equal(["A.X", "A.Y", "A.Z"], Assert.Single(cycles));
    }

    [Fact]
    public void Edges_UseInAMethodBodyOnly_Found()
    {
        var edges = NamespaceGraph.Edges(typeof(NamespaceCycleTests).Assembly, "BenefitsBot.Tests");

        Assert.Contains(("BenefitsBot.Tests.Architecture", "BenefitsBot.Tests.Storage"), edges.Keys);
    }

    /// <summary>Names a type of another namespace only inside a method body (an ldtoken), nowhere in a signature.</summary>
    private static Type MethodBodyOnlyUse() => typeof(Storage.StoreBackend).BaseType!;

    private static string Describe(List<string> cycle) =>
        "cycle among " + string.Join(", ", cycle) + ":" + Environment.NewLine + string.Join(
            Environment.NewLine,
            Edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To)).OrderBy(e => e.Key.From, StringComparer.Ordinal).Select(e => $"  {e.Key.From} -> {e.Key.To}: {e.Value}"));
}
