using System.Data.Common;
using BenefitsBot.Storage.Postgres;

namespace BenefitsBot.Storage.Questions;

public sealed class PostgresQuestionLog(PostgresDatabase database) : SqlQuestionLog
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);
}
