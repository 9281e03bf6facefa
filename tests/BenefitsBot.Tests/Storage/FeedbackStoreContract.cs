using BenefitsBot.Storage;

namespace BenefitsBot.Tests.Storage;

/// <summary>What every feedback store must do; run against SQLite and PostgreSQL.</summary>
public abstract class FeedbackStoreContract : StoreContract
{
    [Fact]
    public async Task CountByEntryAsync_MixedVotes_CountsPerEntryForTheTenantOnly()
    {
        var store = Backend.Feedback;
        await store.RecordAsync(new FaqFeedback("t1", "A1", true, "en", "u1"), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t1", "A1", false, "sv", "u2"), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t1", "A1", true, "nl", null), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t1", "B2", false, "en", "u1"), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t2", "A1", false, "en", "u9"), CancellationToken.None);

        var counts = await store.CountByEntryAsync("t1", CancellationToken.None);

        Assert.Equal([new FaqFeedbackCount("A1", 2, 1), new FaqFeedbackCount("B2", 0, 1)], counts);
    }

    [Fact]
    public async Task RecordAsync_FromTwoInstancesAtOnce_LosesNothing()
    {
        var (_, other) = Backend.Reopen();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? Backend.Feedback : other).RecordAsync(new FaqFeedback("t1", "A1", i % 4 == 0, "en", $"u{i}"), CancellationToken.None)));

        Assert.Equal([new FaqFeedbackCount("A1", 10, 30)], await Backend.Feedback.CountByEntryAsync("t1", CancellationToken.None));
    }
}

public sealed class SqliteFeedbackStoreTests : FeedbackStoreContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresFeedbackStoreTests : FeedbackStoreContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
