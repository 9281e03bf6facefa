using Microsoft.Graph;

namespace BenefitsBot.Graph;

/// <summary><see cref="ITenantDirectory"/> over the Microsoft Graph SDK, app-only; see <see cref="GraphOptions"/> for credentials.</summary>
internal sealed partial class GraphTenantDirectory(GraphClientProvider clients, TimeProvider time) : ITenantDirectory
{
    /// <summary>Runs one Graph call for a tenant and turns every Graph, identity or network failure into a <see cref="TenantDirectoryException"/>.</summary>
    private async Task<T> CallAsync<T>(
        string tenantId,
        GraphOperation operation,
        Func<GraphServiceClient, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
    {
        try
        {
            using var client = clients.ForTenant(tenantId);
            return await call(client, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (GraphFailures.Translate(ex, operation, tenantId, time.GetUtcNow(), cancellationToken) is { } failure)
        {
            throw failure;
        }
    }
}
