namespace BenefitsBot.Graph;

/// <summary>One activated Entra directory role a user holds; <see cref="AdminRole"/> is set when the articles name it.</summary>
public sealed record DirectoryRole(Guid RoleTemplateId, string DisplayName, AdminRole? AdminRole);
