namespace BenefitsBot.Tests.Hosting;

/// <summary>The embedded default store: a SQLite file in a temp folder.</summary>
public sealed class SqliteAdminBotApp : AdminBotApp
{
    protected override Task<IReadOnlyDictionary<string, string?>> CreateStoreSettingsAsync(string dataDirectory) =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "bot.db")}",
        });
}
