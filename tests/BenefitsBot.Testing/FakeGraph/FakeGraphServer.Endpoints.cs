using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BenefitsBot.Testing.FakeGraph;

/// <summary>The Graph v1.0 routes the tenant directory uses, answering with Graph's JSON shapes.</summary>
public sealed partial class FakeGraphServer
{
    private void MapEndpoints()
    {
        app.Use(RecordAsync);
        var v1 = app.MapGroup("/v1.0");
        v1.MapGet("/organization", () => Organization is { } org
            ? Results.Json(new { value = new[] { new { id = org.Id, displayName = org.DisplayName, verifiedDomains = org.VerifiedDomains.Select(d => new { name = d.Name, isDefault = d.IsDefault, isInitial = d.IsInitial, type = "Managed" }) } } })
            : Results.Json(new { value = Array.Empty<object>() }));
        v1.MapGet("/users", (HttpRequest request) => ListUsers(request.Query["$filter"], request.Query["$top"]));
        v1.MapGet("/subscribedSkus", ListSkus);
        v1.MapPost("/users/{id}/assignLicense", (string id, HttpRequest request) => AssignLicenseAsync(id, request));

        // The SDK spells the cast graph.directoryRole; real Graph accepts microsoft.graph.directoryRole as well.
        v1.MapGet("/users/{id}/transitiveMemberOf/{cast}", (string id, string cast) => cast is "graph.directoryRole" or "microsoft.graph.directoryRole"
            ? ListRoles(id)
            : NotFound());
        app.MapFallback("{**path}", NotFound);
    }

    private IResult ListUsers(string? filter, string? top)
    {
        if (!FakeGraphUserFilter.TryParse(filter, out var clauses))
        {
            return Results.Json(GraphError("BadRequest", $"Invalid filter clause: {filter}"), statusCode: 400);
        }

        lock (gate)
        {
            var matches = users.Where(u => clauses.Count == 0 || clauses.Any(c => c.Matches(u)))
                .Take(int.TryParse(top, out var n) ? n : 100)
                .Select(u => new { id = u.Id, displayName = u.DisplayName, mail = u.Mail, userPrincipalName = u.UserPrincipalName, userType = u.UserType, accountEnabled = true });
            return Results.Json(new { value = matches.ToList() });
        }
    }

    private IResult ListSkus()
    {
        lock (gate)
        {
            return Results.Json(new
            {
                value = skus.Values.Select(s => new
                {
                    skuId = s.SkuId,
                    skuPartNumber = s.SkuPartNumber,
                    capabilityStatus = "Enabled",
                    consumedUnits = s.ConsumedUnits,
                    prepaidUnits = new { enabled = s.EnabledUnits, suspended = 0, warning = 0 },
                }).ToList(),
            });
        }
    }

    private IResult ListRoles(string userId)
    {
        if (FindUser(userId) is null)
        {
            return NotFound();
        }

        lock (gate)
        {
            var held = roles.TryGetValue(userId, out var list) ? list : [];
            return Results.Json(new { value = held.Select(r => new { id = Guid.NewGuid(), displayName = r.DisplayName, roleTemplateId = r.RoleTemplateId }).ToList() });
        }
    }

    private static IResult NotFound() => Results.Json(
        GraphError("Request_ResourceNotFound", "Resource does not exist or one of its queried reference-property objects are not present."),
        statusCode: 404);
}
