using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Testing;

namespace BenefitsBot.AdaptiveCards.Tests;

/// <summary>The serialized cards checked by the official JS SDK (adaptivecards 3.0.6) at Teams' schema 1.5, strict.</summary>
public sealed class OfficialValidatorTests
{
    [Fact]
    public async Task ValidateAsync_AllSampleCards_ValidForTeams()
    {
        var results = await AdaptiveCardOracle.ValidateAsync(SampleCards.All.Select(s => (s.Name, s.Card.ToJson())));

        Assert.Equal(SampleCards.All.Select(s => s.Name), results.Select(r => r.Name));
        Assert.All(results, r => Assert.True(r.ValidForTeams, r.ToString()));
        // only the typeahead card leans on the one tolerated Teams extension; the others pass the SDK as they are
        Assert.Equal(["typeahead"], results.Where(r => !r.Ok).Select(r => r.Name));
        var typeahead = Assert.Single(results, r => r.Name == "typeahead");
        Assert.Equal("UnsupportedProperty", Assert.Single(typeahead.Errors).Event);
    }

    [Fact]
    public async Task ValidateAsync_InvalidCards_ReportsTheirErrors()
    {
        var emptyChoices = new AdaptiveCard
        {
            Body = [new ChoiceSetInput("pick") { IsRequired = true }, new TextBlock("x") { Id = "pick" }],
        };
        const string handWritten = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Huge","colour":"red"}]}""";

        var results = await AdaptiveCardOracle.ValidateAsync([("empty-choices", emptyChoices.ToJson()), ("hand-written", handWritten)]);

        Assert.All(results, r => Assert.False(r.ValidForTeams));
        var events = results[0].Errors.Select(e => e.Event).ToList();
        Assert.Contains("CollectionCantBeEmpty", events);
        Assert.Contains("DuplicateId", events);
        Assert.Contains("RequiredInputsShouldHaveLabel", events);
        Assert.Contains("InvalidPropertyValue", results[1].Errors.Select(e => e.Event));
        Assert.Contains("UnknownProperty", results[1].Errors.Select(e => e.Event));
    }

    [Fact]
    public async Task ValidateAsync_CardAboveTeamsVersion_Rejected()
    {
        // the model refuses 1.6 itself (see CardRulesTests), so the later version is written into the JSON
        var card = new AdaptiveCard { Body = [new TextBlock("new")] }.ToJsonObject();
        card["version"] = "1.6";

        var result = Assert.Single(await AdaptiveCardOracle.ValidateAsync([("v16", card.ToJsonString())]));

        Assert.Contains("UnsupportedCardVersion", result.Errors.Select(e => e.Event));
    }
}
