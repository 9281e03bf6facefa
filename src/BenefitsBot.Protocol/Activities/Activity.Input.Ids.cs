namespace BenefitsBot.Protocol.Activities;

/// <summary>Ids go into connector URLs and store keys: a blank one names nothing, and none Teams sends is long.</summary>
public sealed partial class Activity
{
    /// <summary>
    /// The longest id read (activity, conversation, user, bot, tenant, team, channel). Teams' longest, 1:1 conversation and user
    /// ids, are about 150 characters; two ids of this length still fit a connector URL once escaped.
    /// </summary>
    public const int MaxIdLength = 256;

    /// <summary>True when <paramref name="id"/> can name something: not blank, at most <see cref="MaxIdLength"/> characters, no control characters (no URL may carry them).</summary>
    public static bool IsUsableId(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= MaxIdLength && !id.Any(char.IsControl);

    /// <summary>Optional ids that are blank or too long are dropped (a reply then goes to the conversation, not to the activity).</summary>
    private void ApplyIdLimits(List<string> ignored)
    {
        Id = UsableOrNull(Id, "id", ignored);
        ReplyToId = UsableOrNull(ReplyToId, "replyToId", ignored);
        foreach (var (account, path) in new[] { (From, "from"), (Recipient, "recipient") })
        {
            if (account is not null)
            {
                account.Id = UsableOrNull(account.Id, $"{path}.id", ignored);
                account.AadObjectId = UsableOrNull(account.AadObjectId, $"{path}.aadObjectId", ignored);
                account.ObjectId = UsableOrNull(account.ObjectId, $"{path}.objectId", ignored);
            }
        }

        if (Conversation is not null)
        {
            Conversation.TenantId = UsableOrNull(Conversation.TenantId, "conversation.tenantId", ignored);
        }
    }

    private static string? UsableOrNull(string? id, string path, List<string> ignored)
    {
        if (id is null || IsUsableId(id))
        {
            return id;
        }

        ignored.Add($"{path} (blank, control characters or over {MaxIdLength} characters)");
        return null;
    }
}
