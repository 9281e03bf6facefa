namespace BenefitsBot.Tests.Storage;

/// <summary>
/// Lets a test delete its SQLite files. SqliteConnection.ClearAllPools closes pooled connections process-wide and races with
/// test classes running in parallel (another test's transaction saw its connection disposed); only Windows needs the pools
/// emptied to delete an open database file, so elsewhere nothing is cleared.
/// </summary>
internal static class SqlitePools
{
    public static void ReleaseFiles()
    {
        if (OperatingSystem.IsWindows())
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
