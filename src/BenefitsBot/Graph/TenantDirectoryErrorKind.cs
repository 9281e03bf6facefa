namespace BenefitsBot.Graph;

/// <summary>Why a Graph call failed, in terms a dialog can act on.</summary>
public enum TenantDirectoryErrorKind
{
    /// <summary>403: the app lacks a Graph application permission (or admin consent) in the tenant; see <see cref="TenantDirectoryException.MissingPermission"/>.</summary>
    Forbidden,

    /// <summary>404: the user (or other object) does not exist in the tenant.</summary>
    NotFound,

    /// <summary>429 still after the SDK's retries (each honouring Retry-After); try again later.</summary>
    Throttled,

    /// <summary>5xx after retries, a network failure or a timeout: Graph is down for now; offer a retry.</summary>
    Unavailable,

    /// <summary>400/409: Graph refused the request itself (no free seats, no usage location…); its message says why.</summary>
    Rejected,

    /// <summary>No token: wrong secret, no consent in that tenant, managed identity unavailable, or a tenant this deployment does not serve.</summary>
    AuthenticationFailed,

    /// <summary>The deployment has no Graph credentials (neither a client secret nor a managed identity): the operator must set them.</summary>
    NotConfigured,
}
