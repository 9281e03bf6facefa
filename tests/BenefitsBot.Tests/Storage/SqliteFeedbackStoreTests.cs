using BenefitsBot.Storage;

namespace BenefitsBot.Tests.Storage;

public sealed class SqliteFeedbackStoreTests : IDisposable
{
    private readonly TempSqliteDatabase temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task CountByEntryAsync_MixedVotes_CountsPerEntryForTheTenantOnly()
    {
        var store = new SqliteFeedbackStore(temp.Database);
        await store.RecordAsync(new FaqFeedback("t1", "A1", true, "en", "u1"), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t1", "A1", false, "sv", "u2"), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t1", "A1", true, "nl", null), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t1", "B2", false, "en", "u1"), CancellationToken.None);
        await store.RecordAsync(new FaqFeedback("t2", "A1", false, "en", "u9"), CancellationToken.None);

        var counts = await store.CountByEntryAsync("t1", CancellationToken.None);

        Assert.Equal([new FaqFeedbackCount("A1", 2, 1), new FaqFeedbackCount("B2", 0, 1)], counts);
    }
}
