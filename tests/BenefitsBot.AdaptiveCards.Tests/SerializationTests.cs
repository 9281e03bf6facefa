using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.AdaptiveCards.Inputs;

namespace BenefitsBot.AdaptiveCards.Tests;

public sealed class SerializationTests
{
    [Fact]
    public void ToJson_UnsetProperties_Omitted()
    {
        var json = new AdaptiveCard { Body = [new TextBlock("hi")] }.ToJson();

        Assert.Equal(
            """{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"hi"}]}""",
            json);
    }

    [Fact]
    public void ToJsonObject_ElementsAndActions_CarryTypeDiscriminatorFirst()
    {
        var card = SampleCards.FaqAnswer().ToJsonObject();

        var body = card["body"]!.AsArray();
        Assert.Equal(["TextBlock", "TextBlock", "TextBlock", "Container", "TextBlock", "ActionSet"], body.Select(e => (string?)e!["type"]));
        Assert.All(body, e => Assert.Equal("type", e!.AsObject().First().Key));
        Assert.Equal("TextRun", (string?)card["body"]![3]!["items"]![0]!["inlines"]![0]!["type"]);
        Assert.Equal(["Action.OpenUrl", "Action.Execute", "Action.Execute"], card["actions"]!.AsArray().Select(a => (string?)a!["type"]));
    }

    [Fact]
    public void ToJson_Enums_WrittenAsCamelCaseSchemaNames()
    {
        var json = new AdaptiveCard
        {
            Body = [new TextBlock("t") { Size = TextSize.ExtraLarge, Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder }],
        }.ToJson();

        Assert.Contains("\"size\":\"extraLarge\"", json, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"heading\"", json, StringComparison.Ordinal);
        Assert.Contains("\"weight\":\"bolder\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonObject_TypeaheadChoiceSet_WritesDottedChoicesData()
    {
        var input = SampleCards.Typeahead().ToJsonObject()["body"]![0]!;

        Assert.Equal("filtered", (string?)input["style"]);
        Assert.Equal("Data.Query", (string?)input["choices.data"]!["type"]);
        Assert.Equal("graph.users", (string?)input["choices.data"]!["dataset"]);
        Assert.Equal("auto", (string?)input["choices.data"]!["associatedInputs"]);
    }

    [Fact]
    public void ToJsonObject_Mention_WritesTeamsEntity()
    {
        var msteams = SampleCards.Clarify().ToJsonObject()["msteams"]!;

        Assert.Equal(
            """{"entities":[{"type":"mention","text":"<at>Ada</at>","mentioned":{"id":"29:1abc","name":"Ada"}}]}""",
            msteams.ToJsonString(CardJson.Options));
    }

    [Fact]
    public void ToJson_NonAsciiAndMarkup_WrittenUnescaped()
    {
        var json = new AdaptiveCard { Body = [new TextBlock("續約 <at>Ada</at> & co")] }.ToJson();

        Assert.Contains("\"text\":\"續約 <at>Ada</at> & co\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonObject_DateInput_WritesIsoDates()
    {
        var card = new AdaptiveCard { Body = [new DateInput("d") { Min = new DateOnly(2026, 1, 2) }] }.ToJsonObject();

        Assert.Equal("2026-01-02", (string?)card["body"]![0]!["min"]);
    }

    [Fact]
    public void FromJson_SerializedSampleCards_RoundTripUnchanged()
    {
        foreach (var (name, card) in SampleCards.All)
        {
            var json = card.ToJson();

            Assert.True(json == AdaptiveCard.FromJson(json).ToJson(), name);
        }
    }

    [Fact]
    public void FromJson_TypeNotFirst_StillReadsDerivedTypes()
    {
        var card = AdaptiveCard.FromJson("""{"body":[{"text":"x","type":"TextBlock"}],"actions":[{"url":"https://a.example/","type":"Action.OpenUrl"}],"type":"AdaptiveCard","version":"1.4"}""");

        Assert.Equal("x", Assert.IsType<TextBlock>(Assert.Single(card.Body)).Text);
        Assert.Equal(new Uri("https://a.example/"), Assert.IsType<OpenUrlAction>(Assert.Single(card.Actions!)).Url);
        Assert.Equal("1.4", card.Version);
    }
}
