using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace BenefitsBot.Graph;

/// <summary>
/// Maps what the Graph SDK throws to <see cref="TenantDirectoryException"/>: <see cref="ODataError"/> for error bodies,
/// <see cref="ApiException"/> for bodiless errors, <see cref="AggregateException"/> of ApiExceptions once the retry handler gives
/// up, Azure.Identity exceptions for token failures, <see cref="HttpRequestException"/> and timeouts for the network.
/// </summary>
internal static class GraphFailures
{
    /// <summary>Null for exceptions that are not Graph failures (caller bugs, the caller's own cancellation, already translated).</summary>
    /// <param name="now">When the failure happened, for a Retry-After given as a date.</param>
    public static TenantDirectoryException? Translate(Exception exception, GraphOperation operation, string tenantId, DateTimeOffset now, CancellationToken cancellationToken) =>
        exception switch
        {
            ApiException api => FromResponse(api, operation, tenantId, now, exception),
            AggregateException { InnerExceptions: [.., ApiException last] } => FromResponse(last, operation, tenantId, now, exception),
            AuthenticationFailedException or CredentialUnavailableException => new TenantDirectoryException(
                TenantDirectoryErrorKind.AuthenticationFailed,
                $"No Graph token for tenant {tenantId} to {operation.Description}: {exception.Message}",
                exception),
            HttpRequestException => Unavailable(operation, exception),
            OperationCanceledException when !cancellationToken.IsCancellationRequested => Unavailable(operation, exception),
            _ => null,
        };

    private static TenantDirectoryException FromResponse(ApiException api, GraphOperation operation, string tenantId, DateTimeOffset now, Exception original)
    {
        var status = api.ResponseStatusCode;
        var error = (api as ODataError)?.Error;
        var detail = error is null ? $"HTTP {status}" : $"{error.Code}: {error.Message}";
        var (kind, message) = status switch
        {
            403 => (TenantDirectoryErrorKind.Forbidden,
                $"Graph refused to {operation.Description} in tenant {tenantId}: the app needs the Graph application permission {operation.Permission} with admin consent ({detail})."),
            401 => (TenantDirectoryErrorKind.AuthenticationFailed, $"Graph did not accept the app's token to {operation.Description} ({detail})."),
            404 => (TenantDirectoryErrorKind.NotFound, $"Not found while trying to {operation.Description} ({detail})."),
            429 => (TenantDirectoryErrorKind.Throttled, $"Graph is throttling the app; could not {operation.Description} after retrying ({detail})."),
            >= 500 => (TenantDirectoryErrorKind.Unavailable, $"Graph is unavailable; could not {operation.Description} after retrying ({detail})."),
            _ => (TenantDirectoryErrorKind.Rejected, $"Graph rejected the request to {operation.Description} ({detail})."),
        };
        return new TenantDirectoryException(kind, message, original)
        {
            StatusCode = status,
            GraphErrorCode = error?.Code,
            MissingPermission = kind == TenantDirectoryErrorKind.Forbidden ? operation.Permission : null,
            RetryAfter = kind == TenantDirectoryErrorKind.Throttled ? RetryAfter(api, now) : null,
        };
    }

    private static TenantDirectoryException Unavailable(GraphOperation operation, Exception exception) =>
        new(TenantDirectoryErrorKind.Unavailable, $"Graph could not be reached to {operation.Description}: {exception.Message}", exception);

    /// <summary>Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3).</summary>
    private static TimeSpan? RetryAfter(ApiException api, DateTimeOffset now)
    {
        var header = api.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (int.TryParse(header, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(header, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date - now
            : null;
    }
}
