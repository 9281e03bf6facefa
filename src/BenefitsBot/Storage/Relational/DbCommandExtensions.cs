using System.Data.Common;

namespace BenefitsBot.Storage.Relational;

/// <summary><c>AddWithValue</c> for any ADO.NET provider (it exists only on the providers' own parameter collections).</summary>
internal static class DbCommandExtensions
{
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
