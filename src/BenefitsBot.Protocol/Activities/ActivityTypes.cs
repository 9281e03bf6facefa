namespace BenefitsBot.Protocol.Activities;

/// <summary>The activity <c>type</c> values a Teams bot meets.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string MessageReaction = "messageReaction";
    public const string Event = "event";
    public const string Typing = "typing";
}
