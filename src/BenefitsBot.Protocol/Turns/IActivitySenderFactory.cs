using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Turns;

/// <summary>Makes the sender a turn answers through, bound to the inbound activity's conversation and serviceUrl.</summary>
public interface IActivitySenderFactory
{
    IActivitySender CreateFor(Activity inbound);
}
