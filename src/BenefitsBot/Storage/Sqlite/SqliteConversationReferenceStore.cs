using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Storage.Sqlite;

public sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(reference.TenantId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation_references (tenant_id, conversation_id, reference_json, active, updated_at)
            VALUES ($tenant, $conversation, $json, 1, $at)
            ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET reference_json = excluded.reference_json, active = 1, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$tenant", reference.TenantId);
        command.Parameters.AddWithValue("$conversation", reference.ConversationId);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(reference, ActivityJsonContext.Default.ConversationReference));
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("tenant_id = $tenant AND conversation_id = $conversation", tenantId, conversationId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ConversationReference>> ListActiveAsync(string tenantId, CancellationToken cancellationToken) =>
        QueryAsync("tenant_id = $tenant AND active = 1", tenantId, null, cancellationToken);

    public async Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE conversation_references SET active = 0, updated_at = $at WHERE tenant_id = $tenant AND conversation_id = $conversation";
        command.Parameters.AddWithValue("$tenant", tenantId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ConversationReference>> QueryAsync(string where, string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT reference_json FROM conversation_references WHERE {where} ORDER BY conversation_id";
        command.Parameters.AddWithValue("$tenant", tenantId);
        if (conversationId is not null)
        {
            command.Parameters.AddWithValue("$conversation", conversationId);
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
