using BenefitsBot.Testing;
using Xunit.Abstractions;

namespace BenefitsBot.Tests.Cards;

/// <summary>Every card valid for Teams according to the official Adaptive Cards parser (1.5, strict), all in one oracle run.</summary>
public static class CardOracleAssert
{
    public static async Task AllValidForTeamsAsync(IReadOnlyCollection<(string Name, string Json)> cards, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(output);
        var results = await AdaptiveCardOracle.ValidateAsync(cards);

        var failures = results.Where(r => !r.ValidForTeams).ToList();
        output.WriteLine($"{results.Count} cards validated, {failures.Count} invalid");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.Equal(cards.Count, results.Count);
    }
}
