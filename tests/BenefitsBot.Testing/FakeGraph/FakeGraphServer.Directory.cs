namespace BenefitsBot.Testing.FakeGraph;

/// <summary>The programmable directory the endpoints serve.</summary>
public sealed partial class FakeGraphServer
{
    private readonly List<FakeGraphUser> users = [];
    private readonly Dictionary<Guid, FakeGraphSku> skus = [];
    private readonly Dictionary<string, List<FakeGraphRole>> roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Guid>> licenses = new(StringComparer.OrdinalIgnoreCase);

    public FakeGraphOrganization? Organization { get; set; }

    public void AddUsers(params FakeGraphUser[] added)
    {
        lock (gate)
        {
            users.AddRange(added);
        }
    }

    public void AddSku(FakeGraphSku sku)
    {
        ArgumentNullException.ThrowIfNull(sku);
        lock (gate)
        {
            skus[sku.SkuId] = sku;
        }
    }

    public void AssignRole(string userId, FakeGraphRole role)
    {
        lock (gate)
        {
            (roles.TryGetValue(userId, out var held) ? held : roles[userId] = []).Add(role);
        }
    }

    /// <summary>The SKU as it stands now (consumed units included).</summary>
    public FakeGraphSku Sku(Guid skuId)
    {
        lock (gate)
        {
            return skus[skuId];
        }
    }

    /// <summary>The SKUs the fake has assigned to a user.</summary>
    public IReadOnlyList<Guid> LicensesOf(string userId)
    {
        lock (gate)
        {
            return licenses.TryGetValue(userId, out var held) ? [.. held] : [];
        }
    }

    private FakeGraphUser? FindUser(string id)
    {
        lock (gate)
        {
            return users.Find(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.UserPrincipalName, id, StringComparison.OrdinalIgnoreCase));
        }
    }
}
