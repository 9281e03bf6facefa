using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>Where one user is in a dialog in one conversation; the dialog's own values are opaque JSON.</summary>
/// <param name="StateJson">A JSON document the dialog owns; the store does not look inside.</param>
public sealed record DialogState(string ConversationId, string UserId, string DialogId, int Step, string StateJson) : ITenantRecord<DialogState>
{
    public static string RecordKind => "dialog-state";

    public static JsonTypeInfo<DialogState> JsonType => TenantRecordJsonContext.Default.DialogState;

    [JsonIgnore]
    public string RecordId => IdFor(ConversationId, UserId);

    /// <summary>The record id for a conversation and user; the unit separator cannot occur in Teams ids.</summary>
    public static string IdFor(string conversationId, string userId) => conversationId + '\u001f' + userId;
}
