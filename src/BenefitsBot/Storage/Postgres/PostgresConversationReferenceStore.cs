using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using Npgsql;

namespace BenefitsBot.Storage.Postgres;

public sealed class PostgresConversationReferenceStore(PostgresDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(reference.TenantId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO conversation_references (tenant_id, conversation_id, reference_json, active, updated_at)
            VALUES (@tenant, @conversation, @json, TRUE, now())
            ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET reference_json = excluded.reference_json, active = TRUE, updated_at = excluded.updated_at
            """, connection);
        command.Parameters.AddWithValue("tenant", reference.TenantId);
        command.Parameters.AddWithValue("conversation", reference.ConversationId);
        command.Parameters.AddWithValue("json", JsonSerializer.Serialize(reference, ActivityJsonContext.Default.ConversationReference));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("tenant_id = @tenant AND conversation_id = @conversation", tenantId, conversationId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ConversationReference>> ListActiveAsync(string tenantId, CancellationToken cancellationToken) =>
        QueryAsync("tenant_id = @tenant AND active", tenantId, null, cancellationToken);

    public async Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE conversation_references SET active = FALSE, updated_at = now() WHERE tenant_id = @tenant AND conversation_id = @conversation", connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("conversation", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ConversationReference>> QueryAsync(string where, string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT reference_json FROM conversation_references WHERE {where} ORDER BY conversation_id", connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        if (conversationId is not null)
        {
            command.Parameters.AddWithValue("conversation", conversationId);
        }

        var references = new List<ConversationReference>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            references.Add(JsonSerializer.Deserialize(reader.GetString(0), ActivityJsonContext.Default.ConversationReference)!);
        }

        return references;
    }
}
