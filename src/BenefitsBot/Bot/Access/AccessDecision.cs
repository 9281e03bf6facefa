using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Access;

/// <summary>The role gate's answer for one action by one user.</summary>
/// <param name="Roles">The admin roles the user holds (Entra roles from Graph plus recorded Partner Center roles).</param>
/// <param name="Failure">Set when <see cref="Unavailable"/>: the Graph failure that stopped the check.</param>
public sealed record AccessDecision(bool Allowed, IReadOnlySet<AdminRole> Roles, TenantDirectoryException? Failure)
{
    /// <summary>Graph could not be asked: neither allowed nor refused; the dialog offers a retry and keeps the input.</summary>
    public bool Unavailable => Failure is not null;
}
