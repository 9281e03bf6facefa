using System.Text.Json;
using BenefitsBot.Graph;
using static BenefitsBot.Tests.Graph.TenantDirectoryFixture;

namespace BenefitsBot.Tests.Graph;

public sealed class TenantDirectoryLicenseTests : IClassFixture<TenantDirectoryFixture>
{
    private readonly TenantDirectoryFixture fixture;
    private readonly ITenantDirectory directory;

    public TenantDirectoryLicenseTests(TenantDirectoryFixture fixture)
    {
        this.fixture = fixture;
        fixture.Seed();
        directory = fixture.CreateDirectory();
    }

    [Fact]
    public async Task AssignLicenseAsync_FreeSeat_PostsAddAndEmptyRemoveListsAndConsumesASeat()
    {
        var result = await directory.AssignLicenseAsync(TenantId, "u-guest", E5);

        Assert.Equal(("u-guest", E5), (result.UserId, result.SkuId));
        var request = Assert.Single(fixture.Graph.Requests, r => r.Method == "POST");
        Assert.Equal("/v1.0/users/u-guest/assignLicense", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        var added = Assert.Single(body.RootElement.GetProperty("addLicenses").EnumerateArray());
        Assert.Equal(E5, added.GetProperty("skuId").GetGuid());
        Assert.Equal(0, added.GetProperty("disabledPlans").GetArrayLength());
        Assert.Equal(0, body.RootElement.GetProperty("removeLicenses").GetArrayLength());
        Assert.Equal([E5], fixture.Graph.LicensesOf("u-guest"));
        Assert.Equal(4, (await directory.GetSubscribedSkusAsync(TenantId)).Single(s => s.SkuId == E5).FreeUnits);
    }

    [Fact]
    public async Task AssignLicenseAsync_NoFreeSeat_RejectedWithGraphsReason()
    {
        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.AssignLicenseAsync(TenantId, "u-bob", ActionPackSku));

        Assert.Equal(TenantDirectoryErrorKind.Rejected, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("does not have any available licenses", error.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Graph.LicensesOf("u-bob"));
    }

    [Fact]
    public async Task AssignLicenseAsync_UnknownUser_NotFound()
    {
        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.AssignLicenseAsync(TenantId, "u-nobody", E5));

        Assert.Equal(TenantDirectoryErrorKind.NotFound, error.Kind);
        Assert.Equal("Request_ResourceNotFound", error.GraphErrorCode);
        Assert.IsType<Microsoft.Graph.Models.ODataErrors.ODataError>(error.InnerException);
    }
}
