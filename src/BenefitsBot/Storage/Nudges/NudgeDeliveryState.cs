namespace BenefitsBot.Storage.Nudges;

/// <summary>Where a nudge is in its delivery; stored lower-case.</summary>
public enum NudgeDeliveryState
{
    /// <summary>Planned, not tried yet.</summary>
    Pending,

    /// <summary>An instance is posting it now; the connector's answer is not recorded yet.</summary>
    Sending,

    /// <summary>The connector accepted it.</summary>
    Sent,

    /// <summary>A transient failure (429, 5xx, network); tried again at <see cref="NudgeDelivery.NextAttemptAt"/>.</summary>
    Retrying,

    /// <summary>Given up: recipient gone (403/404), a permanent error, too many attempts, or an unknown outcome.</summary>
    Failed,

    /// <summary>No longer due: renewed, superseded by a later nudge of the same event, or settings changed.</summary>
    Cancelled,
}
