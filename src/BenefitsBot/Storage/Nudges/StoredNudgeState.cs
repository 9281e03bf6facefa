namespace BenefitsBot.Storage.Nudges;

/// <summary>
/// The names <see cref="NudgeDeliveryState"/> is stored under in <c>nudge_outbox.state</c>: lower-case, as every row since
/// migration step 3 holds them. Spelled out rather than derived from the member names, so renaming a member cannot
/// silently orphan stored rows.
/// </summary>
internal static class StoredNudgeState
{
    public static string Name(NudgeDeliveryState state) => state switch
    {
        NudgeDeliveryState.Pending => "pending",
        NudgeDeliveryState.Sending => "sending",
        NudgeDeliveryState.Sent => "sent",
        NudgeDeliveryState.Retrying => "retrying",
        NudgeDeliveryState.Failed => "failed",
        NudgeDeliveryState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static NudgeDeliveryState Parse(string name)
    {
        foreach (var state in Enum.GetValues<NudgeDeliveryState>())
        {
            if (Name(state) == name)
            {
                return state;
            }
        }

        throw new FormatException($"'{name}' is not a stored nudge delivery state.");
    }

    /// <summary>The states as a SQL list of literals, e.g. <c>'pending', 'retrying'</c>, for <c>state IN (…)</c>.</summary>
    public static string SqlList(params NudgeDeliveryState[] states) => string.Join(", ", states.Select(s => $"'{Name(s)}'"));
}
