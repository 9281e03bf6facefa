using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using Dapper;

namespace BenefitsBot.Storage.Relational;

/// <summary><see cref="IConversationReferenceStore"/> over <c>conversation_references</c>, with SQL both SQLite and PostgreSQL accept.</summary>
public sealed class SqlConversationReferenceStore(RelationalDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(reference.TenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO conversation_references (tenant_id, conversation_id, reference_json, active, updated_at)
            VALUES (@TenantId, @ConversationId, @Json, TRUE, @At)
            ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET reference_json = excluded.reference_json, active = TRUE, updated_at = excluded.updated_at
            """,
            new
            {
                reference.TenantId,
                reference.ConversationId,
                Json = JsonSerializer.Serialize(reference, ActivityJsonContext.Default.ConversationReference),
                At = database.Now(),
            },
            cancellationToken: cancellationToken));
    }

    public async Task<ConversationReference?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("tenant_id = @tenantId AND conversation_id = @conversationId", tenantId, conversationId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ConversationReference>> ListActiveAsync(string tenantId, CancellationToken cancellationToken) =>
        QueryAsync("tenant_id = @tenantId AND active = TRUE", tenantId, null, cancellationToken);

    public async Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE conversation_references SET active = FALSE, updated_at = @at WHERE tenant_id = @tenantId AND conversation_id = @conversationId",
            new { tenantId, conversationId, at = database.Now() },
            cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<ConversationReference>> QueryAsync(string where, string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT reference_json FROM conversation_references WHERE {where} ORDER BY conversation_id",
            new { tenantId, conversationId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(json => JsonSerializer.Deserialize(json, ActivityJsonContext.Default.ConversationReference)!)];
    }
}
