namespace BenefitsBot.Testing;

/// <summary>Which Bot Connector endpoint a recorded request hit.</summary>
public enum ConnectorOperation
{
    Unknown,
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    DeleteActivity,
    CreateConversation,
    GetConversationMembers,
    GetConversationPagedMembers,
    GetConversationMember,
    GetActivityMembers,
    GetTeamDetails,
    GetTeamChannels,
}
