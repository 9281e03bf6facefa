using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Graph.Sample;

/// <summary>The built-in sample tenant as written in <c>sample-directory.json</c> (embedded): organization, roles, users, SKUs.</summary>
internal sealed record SampleDirectoryData(
    SampleOrganization Organization,
    IReadOnlyList<SampleRole> DirectoryRoles,
    IReadOnlyList<SampleUser> Users,
    IReadOnlyList<SampleSku> SubscribedSkus)
{
    private const string ResourceName = "BenefitsBot.Graph.Sample.sample-directory.json";

    /// <summary>Reads the embedded file; a user naming a role the file does not define is a build mistake, so it throws.</summary>
    public static SampleDirectoryData Load()
    {
        using var stream = typeof(SampleDirectoryData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var data = JsonSerializer.Deserialize(stream, SampleDirectoryJson.Default.SampleDirectoryData)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        var roles = data.DirectoryRoles.Select(r => r.DisplayName).ToHashSet(StringComparer.Ordinal);
        if (data.Users.SelectMany(u => u.Roles).FirstOrDefault(r => !roles.Contains(r)) is { } unknown)
        {
            throw new InvalidOperationException($"{ResourceName}: a user holds the role '{unknown}', which directoryRoles does not define.");
        }

        return data;
    }
}

internal sealed record SampleOrganization(string DisplayName, IReadOnlyList<TenantDomain> VerifiedDomains);

internal sealed record SampleRole(Guid RoleTemplateId, string DisplayName);

/// <param name="Roles">Display names of <see cref="SampleDirectoryData.DirectoryRoles"/> the user holds.</param>
internal sealed record SampleUser(
    string Id,
    string DisplayName,
    string? GivenName,
    string? Surname,
    string? Mail,
    string? UserPrincipalName,
    string UserType,
    bool AccountEnabled,
    IReadOnlyList<string> Roles);

internal sealed record SampleSku(Guid SkuId, string SkuPartNumber, int EnabledUnits, int ConsumedUnits, string CapabilityStatus);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(SampleDirectoryData))]
internal sealed partial class SampleDirectoryJson : JsonSerializerContext;
