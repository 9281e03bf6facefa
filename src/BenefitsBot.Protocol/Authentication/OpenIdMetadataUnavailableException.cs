namespace BenefitsBot.Protocol.Authentication;

/// <summary>The signing keys could not be read and none are cached, so no token can be checked.</summary>
public sealed class OpenIdMetadataUnavailableException : Exception
{
    public OpenIdMetadataUnavailableException()
    {
    }

    public OpenIdMetadataUnavailableException(string message)
        : base(message)
    {
    }

    public OpenIdMetadataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
