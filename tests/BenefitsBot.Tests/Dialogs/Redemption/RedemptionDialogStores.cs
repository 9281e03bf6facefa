using BenefitsBot.Tests.Hosting;

namespace BenefitsBot.Tests.Dialogs.Redemption;

/// <summary>The redemption dialog on the embedded SQLite store.</summary>
public sealed class SqliteRedemptionDialogTests(SqliteAdminBotApp app) : RedemptionDialogTests(app), IClassFixture<SqliteAdminBotApp>;

/// <summary>The redemption dialog on PostgreSQL (BENEFITSBOT_TEST_POSTGRES).</summary>
public sealed class PostgresRedemptionDialogTests(PostgresAdminBotApp app) : RedemptionDialogTests(app), IClassFixture<PostgresAdminBotApp>;
