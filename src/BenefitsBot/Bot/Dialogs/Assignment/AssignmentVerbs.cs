namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>The <c>assign.*</c> card verbs. Every button also carries <c>lang</c> and <c>stateVersion</c>.</summary>
public static class AssignmentVerbs
{
    public const string Dialog = "assign";

    /// <summary>Opens the dialog: users to pick, the tenant's SKUs with free seats.</summary>
    public const string Start = "assign.start";

    /// <summary>Adds the user in the picker (picked or typed) to the list.</summary>
    public const string AddUser = "assign.add";

    /// <summary>Takes a user off the list. Data: <c>userId</c>.</summary>
    public const string RemoveUser = "assign.remove";

    /// <summary>Assigns the chosen SKU (input <c>sku</c>) to every listed user, plus the one in the picker.</summary>
    public const string Run = "assign.run";

    public const string Cancel = "assign.cancel";
}
