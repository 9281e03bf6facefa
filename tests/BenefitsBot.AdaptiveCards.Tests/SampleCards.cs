using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.AdaptiveCards.Inputs;

namespace BenefitsBot.AdaptiveCards.Tests;

/// <summary>Cards shaped like the ones the bot sends; together they use every element and action of the model.</summary>
internal static class SampleCards
{
    public static IReadOnlyList<(string Name, AdaptiveCard Card)> All =>
    [
        ("faq-answer", FaqAnswer()),
        ("clarify", Clarify()),
        ("form", Form()),
        ("typeahead", Typeahead()),
        ("rule-status", RuleStatus()),
    ];

    public static AdaptiveCard FaqAnswer() => new()
    {
        Lang = "nl-NL",
        FallbackText = "Zo verleng je je lidmaatschap.",
        MsTeams = TeamsCardProperties.FullWidth,
        Body =
        [
            new TextBlock("Hoe verleng ik mijn lidmaatschap?") { Style = TextBlockStyle.Heading, Wrap = true },
            new TextBlock("Je kunt verlengen binnen 90 dagen voor je jubileumdatum.") { Wrap = true },
            new TextBlock("1. Meld je aan bij Partner Center.\n2. Kies **Lidmaatschap**.") { Wrap = true, Spacing = Spacing.Small },
            new Container
            {
                Style = ContainerStyle.Warning,
                Items =
                [
                    new RichTextBlock
                    {
                        Inlines = [new TextRun("Let op: ") { Weight = TextWeight.Bolder }, new TextRun("de vergoeding moet betaald zijn.") { Italic = true }],
                    },
                ],
            },
            new TextBlock("Gerelateerde vragen") { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true },
            new ActionSet { Actions = [new ExecuteAction("faq.open") { Title = "Wat kost verlenging?", Data = new JsonObject { ["entryId"] = "renew-cost" } }] },
        ],
        Actions =
        [
            new OpenUrlAction(new Uri("https://learn.microsoft.com/nl-nl/partner-center/renew")) { Title = "Meer informatie" },
            new ExecuteAction("faq.feedback") { Title = "Ja", Style = ActionStyle.Positive, Data = new JsonObject { ["helpful"] = true } }.WithSubmitFallback(),
            new ExecuteAction("faq.feedback") { Title = "Nee", Data = new JsonObject { ["helpful"] = false } }.WithSubmitFallback(),
        ],
    };

    public static AdaptiveCard Clarify() => new()
    {
        Lang = "sv",
        MsTeams = new TeamsCardProperties { Entities = [TeamsMention.Of("29:1abc", "Ada")] },
        Body = [new TextBlock("<at>Ada</at>, menade du någon av dessa?") { Wrap = true, Weight = TextWeight.Bolder }],
        Actions =
        [
            .. new[] { "a", "b", "c" }.Select(id => new ExecuteAction("faq.open")
            {
                Title = $"Fråga {id}",
                Data = new JsonObject { ["entryId"] = id },
            }.WithSubmitFallback()),
        ],
    };

    public static AdaptiveCard Form() => new()
    {
        Lang = "en",
        Refresh = new CardRefresh { Action = new ExecuteAction("setup.refresh"), UserIds = ["29:1abc"] },
        Body =
        [
            new TextBlock("Record your membership") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Color = TextColor.Accent },
            new ChoiceSetInput("offer")
            {
                Label = "Offer",
                IsRequired = true,
                ErrorMessage = "Pick an offer.",
                Style = ChoiceInputStyle.Expanded,
                Choices = [new Choice("Action Pack", "actionPack"), new Choice("Silver competency", "silver")],
            },
            new DateInput("purchased") { Label = "Purchase date", IsRequired = true, ErrorMessage = "Enter a date.", Max = new DateOnly(2026, 11, 22) },
            new NumberInput("seats") { Label = "Seats", Min = 1, Max = 100, Value = 5 },
            new TextInput("note") { Label = "Note", IsMultiline = true, MaxLength = 500, Placeholder = "Optional" },
            new TextInput("contact") { Label = "Marketing contact", Style = TextInputStyle.Email },
            new ToggleInput("confirm", "The tenant name and domain are right") { Label = "Confirm", ValueOn = "yes", ValueOff = "no" },
        ],
        Actions =
        [
            new ExecuteAction("setup.save") { Title = "Save", Style = ActionStyle.Positive, Mode = ActionMode.Primary, AssociatedInputs = AssociatedInputs.Auto }.WithSubmitFallback(),
            new ExecuteAction("dialog.cancel") { Title = "Cancel", AssociatedInputs = AssociatedInputs.None, Tooltip = "Stop this dialog" },
        ],
    };

    public static AdaptiveCard Typeahead() => new()
    {
        Lang = "zh-TW",
        Body =
        [
            new ChoiceSetInput("user")
            {
                Label = "使用者",
                IsRequired = true,
                ErrorMessage = "請選擇使用者。",
                Style = ChoiceInputStyle.Filtered,
                Placeholder = "輸入名稱",
                Choices = [new Choice("Ada Lovelace", "00000000-0000-0000-0000-000000000001")],
                ChoicesData = new DataQuery("graph.users") { AssociatedInputs = AssociatedInputs.Auto },
            },
        ],
        Actions = [new ExecuteAction("assign.pick") { Title = "指派" }],
    };

    public static AdaptiveCard RuleStatus() => new()
    {
        Lang = "en",
        Body =
        [
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = Column.Auto, Items = [new Image(new Uri("https://example.com/badge.png")) { AltText = "Badge", Size = ImageSize.Small, Style = ImageStyle.Person }] },
                    new Column
                    {
                        Width = Column.Stretch,
                        VerticalContentAlignment = VerticalAlignment.Center,
                        SelectAction = new OpenUrlAction(new Uri("https://learn.microsoft.com/partner-center/renew")),
                        Items = [new TextBlock("Renewal window") { Weight = TextWeight.Bolder, IsSubtle = true }],
                    },
                ],
            },
            new FactSet { Id = "dates", Facts = [new Fact("Opens", "2026-10-01"), new Fact("Closes", "2026-12-31")] },
            new Table
            {
                FirstRowAsHeaders = true,
                GridStyle = ContainerStyle.Accent,
                Columns = [new TableColumnDefinition(2), new TableColumnDefinition(1)],
                Rows =
                [
                    new TableRow { Cells = [new TableCell { Items = [new TextBlock("Benefit")] }, new TableCell { Items = [new TextBlock("Days left")] }] },
                    new TableRow { Cells = [new TableCell { Items = [new TextBlock("Visual Studio")] }, new TableCell { Items = [new TextBlock("39") { Color = TextColor.Good }] }] },
                ],
            },
        ],
        Actions =
        [
            new ToggleVisibilityAction { Title = "Show dates", TargetElements = ["dates"] },
            new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("Grace period: 30 days") { Color = TextColor.Attention }] }) { Title = "Details" },
            new SubmitAction { Title = "Remind me", Data = new JsonObject { ["verb"] = "remind" } },
        ],
    };
}
