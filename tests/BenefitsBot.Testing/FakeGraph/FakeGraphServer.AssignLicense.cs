using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Testing.FakeGraph;

/// <summary><c>POST /users/{id}/assignLicense</c>: checks the body like Graph (both lists present, a known SKU, a free seat).</summary>
public sealed partial class FakeGraphServer
{
    private async Task<IResult> AssignLicenseAsync(string userId, HttpRequest request)
    {
        if (FindUser(userId) is not { } user)
        {
            return NotFound();
        }

        using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        if (!body.RootElement.TryGetProperty("addLicenses", out var add) || add.ValueKind != JsonValueKind.Array
            || !body.RootElement.TryGetProperty("removeLicenses", out var remove) || remove.ValueKind != JsonValueKind.Array)
        {
            return Results.Json(GraphError("Request_BadRequest", "Invalid value specified for property 'removeLicenses' of resource 'User'."), statusCode: 400);
        }

        lock (gate)
        {
            foreach (var skuId in add.EnumerateArray().Select(l => l.GetProperty("skuId").GetGuid()))
            {
                if (!skus.TryGetValue(skuId, out var sku))
                {
                    return Results.Json(GraphError("Request_BadRequest", $"License {skuId} does not correspond to a valid company License."), statusCode: 400);
                }

                if (sku.ConsumedUnits >= sku.EnabledUnits)
                {
                    return Results.Json(GraphError("Request_BadRequest", $"Subscription {skuId} does not have any available licenses."), statusCode: 400);
                }

                skus[skuId] = sku with { ConsumedUnits = sku.ConsumedUnits + 1 };
                (licenses.TryGetValue(user.Id, out var held) ? held : licenses[user.Id] = []).Add(skuId);
            }
        }

        return Results.Json(new { id = user.Id, displayName = user.DisplayName, userPrincipalName = user.UserPrincipalName });
    }
}
