namespace BenefitsBot.Testing.FakeGraph;

/// <summary>The tenant <c>/organization</c> returns.</summary>
public sealed record FakeGraphOrganization(string Id, string DisplayName, IReadOnlyList<FakeGraphDomain> VerifiedDomains);

public sealed record FakeGraphDomain(string Name, bool IsDefault = false, bool IsInitial = false);

/// <summary>A directory user; guests have <c>UserType = "Guest"</c> and a <c>#EXT#</c> user principal name.</summary>
public sealed record FakeGraphUser(string Id, string DisplayName, string UserPrincipalName, string? Mail = null, string UserType = "Member")
{
    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public static FakeGraphUser Guest(string id, string displayName, string mail) =>
        new(id, displayName, mail.Replace('@', '_') + "#EXT#@contoso.onmicrosoft.com", mail, "Guest");
}

/// <summary>A subscribed SKU; <see cref="ConsumedUnits"/> grows with every license the fake assigns.</summary>
public sealed record FakeGraphSku(Guid SkuId, string SkuPartNumber, int EnabledUnits, int ConsumedUnits);

/// <summary>An activated directory role a user holds.</summary>
public sealed record FakeGraphRole(Guid RoleTemplateId, string DisplayName);
