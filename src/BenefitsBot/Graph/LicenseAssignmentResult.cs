namespace BenefitsBot.Graph;

/// <summary>A license Graph accepted for a user (the answer of <c>assignLicense</c>).</summary>
public sealed record LicenseAssignmentResult(string UserId, string? DisplayName, Guid SkuId);
