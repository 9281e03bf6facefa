namespace BenefitsBot.Graph;

/// <summary>A failed Graph call; the original SDK, Azure.Identity or network exception is kept as <see cref="Exception.InnerException"/>.</summary>
public sealed class TenantDirectoryException : Exception
{
    public TenantDirectoryException()
    {
    }

    public TenantDirectoryException(string message)
        : base(message)
    {
    }

    public TenantDirectoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TenantDirectoryException(TenantDirectoryErrorKind kind, string message, Exception? innerException)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public TenantDirectoryErrorKind Kind { get; init; } = TenantDirectoryErrorKind.Unavailable;

    /// <summary>The HTTP status Graph answered last, when there was an answer.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Graph's error code, e.g. <c>Authorization_RequestDenied</c>.</summary>
    public string? GraphErrorCode { get; init; }

    /// <summary>For <see cref="TenantDirectoryErrorKind.Forbidden"/>: the application permission the call needs.</summary>
    public string? MissingPermission { get; init; }

    /// <summary>For <see cref="TenantDirectoryErrorKind.Throttled"/>: how long Graph asked to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
