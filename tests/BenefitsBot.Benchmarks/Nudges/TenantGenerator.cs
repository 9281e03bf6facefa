using System.Data.Common;
using System.Text.Json;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Benchmarks.Nudges;

/// <summary>
/// Varied tenants for the nudge benchmark, written in bulk straight into <c>tenant_records</c> (one transaction per 2,000
/// rows; the store's one-row-per-call API would make seeding, not planning, the slow part). Deterministic (seeded random).
/// One large tenant has 300 employees whose Visual Studio assignments end in 7 days and 40 offers nudged in one channel,
/// so that the per-tenant and per-channel rate limits, not the machine, decide how fast it can be served.
/// </summary>
internal sealed class TenantGenerator(Uri serviceUrl, DateOnly today, bool postgres)
{
    public const string LargeTenant = "tenant-large";
    private const int RowsPerTransaction = 2_000;
    private readonly Random random = new(42);
    private readonly List<(string Tenant, string Kind, string Id, string Json)> rows = [];

    public int Records => rows.Count;

    public void Generate(int tenants)
    {
        for (var i = 0; i < tenants; i++)
        {
            AddTenant($"tenant-{i:D5}");
        }

        AddLargeTenant();
    }

    public async Task WriteAsync(Func<CancellationToken, Task<DbConnection>> open)
    {
        await using var connection = await open(CancellationToken.None);
        foreach (var chunk in rows.Chunk(RowsPerTransaction))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO tenant_records (tenant_id, kind, record_id, version, json, updated_at) VALUES (@t, @k, @i, 1, @j{(postgres ? "::jsonb" : string.Empty)}, @at)";
            foreach (var (tenant, kind, id, json) in chunk)
            {
                insert.Parameters.Clear();
                Add(insert, "t", tenant);
                Add(insert, "k", kind);
                Add(insert, "i", id);
                Add(insert, "j", json);
                Add(insert, "at", DateTimeOffset.UtcNow);
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    }

    private void AddTenant(string tenant)
    {
        if (random.NextDouble() < 0.9)
        {
            Put(tenant, Team(tenant, active: random.NextDouble() < 0.95));
        }

        if (random.NextDouble() < 0.1)
        {
            Put(tenant, NudgeSettings.Default with { RenewalLeadDays = [14, 3, 0], GraceLeadDays = [5], EmployeeNudges = random.NextDouble() < 0.5 });
        }

        var offers = 1 + random.Next(3);
        for (var o = 0; o < offers; o++)
        {
            AddOffer(tenant, $"{tenant}-offer-{o}");
        }
    }

    private void AddOffer(string tenant, string offerId)
    {
        var anniversary = today.AddDays(random.Next(-400, 401));
        var status = random.NextDouble() switch { < 0.9 => MembershipOfferStatus.Active, < 0.95 => MembershipOfferStatus.Lapsed, _ => MembershipOfferStatus.Cancelled };
        DateOnly? renewed = Math.Abs(anniversary.DayNumber - today.DayNumber) <= 30 && random.NextDouble() < 0.3 ? anniversary.AddDays(random.Next(-20, 1)) : null;
        var kind = (MembershipOfferKind)random.Next(4);
        Put(tenant, new MembershipOffer(offerId, kind, kind >= MembershipOfferKind.SilverCompetency ? "Cloud Platform" : null, anniversary.AddYears(-1), anniversary, status, renewed));
        for (var k = random.Next(4); k > 0; k--)
        {
            Put(tenant, new SoftwareKey($"{offerId}-key-{k}", offerId, "Windows Server", "en", "x64", random.NextDouble() < 0.5 ? DateTimeOffset.UtcNow : null));
        }

        for (var v = random.Next(3); v > 0; v--)
        {
            var assignee = random.NextDouble() < 0.7 ? $"{offerId}-user-{v}" : null;
            Put(tenant, new VisualStudioSubscription($"{offerId}-vs-{v}", offerId, "Enterprise", assignee, assignee is null ? null : anniversary.AddYears(-1)));
        }

        if (random.NextDouble() < 0.3)
        {
            Put(tenant, new AzureCredit($"{offerId}-azure", offerId, AzureCreditKind.Monthly, 150, [.. Enumerable.Range(0, 1 + random.Next(3)).Select(u => $"{offerId}-azure-user-{u}")]));
        }
    }

    private void AddLargeTenant()
    {
        Put(LargeTenant, Team(LargeTenant, active: true));
        var assignmentsEnd = today.AddDays(-23); // anniversary + 30 = in 7 days
        Put(LargeTenant, new MembershipOffer("large-offer-vs", MembershipOfferKind.GoldCompetency, "Cloud Platform", assignmentsEnd.AddYears(-1), assignmentsEnd, MembershipOfferStatus.Active, null));
        for (var u = 0; u < 300; u++)
        {
            Put(LargeTenant, new VisualStudioSubscription($"large-vs-{u:D3}", "large-offer-vs", "Enterprise", $"large-user-{u:D3}", today.AddDays(-200)));
        }

        for (var o = 0; o < 40; o++)
        {
            Put(LargeTenant, new MembershipOffer($"large-offer-{o:D2}", MembershipOfferKind.SilverCompetency, $"Area {o}", today.AddDays(-359), today.AddDays(6), MembershipOfferStatus.Active, null));
        }
    }

    private TeamRegistration Team(string tenant, bool active) => new(
        $"19:{tenant}@thread.tacv2", $"Team of {tenant}", serviceUrl.AbsoluteUri, "28:bench-bot", [new TeamChannel($"19:{tenant}@thread.tacv2", null)], active, DateTimeOffset.UtcNow, active ? null : "removed");

    private void Put<T>(string tenant, T record)
        where T : ITenantRecord<T> =>
        rows.Add((tenant, T.RecordKind, record.RecordId, JsonSerializer.Serialize(record, T.JsonType)));

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
