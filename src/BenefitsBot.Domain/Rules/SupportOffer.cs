namespace BenefitsBot.Domain.Rules;

/// <summary>Technical support offers of the technical benefits.</summary>
public enum SupportOffer
{
    SignatureCloudSupport,
    MicrosoftProductSupport,
}
