using System.Globalization;
using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Testing;

/// <summary>Conversations and their activities: sends, replies, updates, deletes and create-conversation.</summary>
public sealed partial class FakeConnectorServer
{
    private readonly Dictionary<string, List<Activity>> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> personalChats = new(StringComparer.Ordinal);
    private long nextId;

    /// <summary>The activities now in a conversation (updates applied, deletes removed), in posting order.</summary>
    public IReadOnlyList<Activity> GetActivities(string conversationId)
    {
        lock (gate)
        {
            return conversations.TryGetValue(conversationId, out var list) ? [.. list] : [];
        }
    }

    private Answer PostActivity(RecordedRequest request)
    {
        var activity = ReadActivity(request.Body);
        var id = Store(request.ConversationId!, activity, null);
        return Answer.Ok(IdJson(id), StatusCodes.Status201Created) with { Activity = activity, AssignedActivityId = id, TargetConversationId = request.ConversationId };
    }

    private Answer UpdateActivity(RecordedRequest request)
    {
        var activity = ReadActivity(request.Body);
        var id = Store(request.ConversationId!, activity, request.ActivityId);
        return Answer.Ok(IdJson(id)) with { Activity = activity, AssignedActivityId = id, TargetConversationId = request.ConversationId };
    }

    private Answer DeleteActivity(RecordedRequest request)
    {
        lock (gate)
        {
            if (conversations.TryGetValue(request.ConversationId!, out var list))
            {
                list.RemoveAll(a => a.Id == request.ActivityId);
            }
        }

        return new Answer(StatusCodes.Status200OK, null);
    }

    private Answer CreateConversation(RecordedRequest request)
    {
        var parameters = JsonSerializer.Deserialize(request.Body, ActivityJsonContext.Default.ConversationParameters)
            ?? throw new JsonException("No conversation parameters.");
        var channelData = parameters.ChannelData is { ValueKind: JsonValueKind.Object } data ? data.Deserialize(ActivityJsonContext.Default.TeamsChannelData) : null;
        if (channelData?.Channel?.Id is { } channelId)
        {
            // A new thread in a channel: "<channel>;messageid=<id of its first activity>".
            var activity = parameters.Activity ?? new Activity { Type = ActivityTypes.Message };
            var activityId = NextId();
            var threadId = $"{channelId};messageid={activityId}";
            Store(threadId, activity, activityId);
            return Answer.Ok(JsonSerializer.Serialize(new ConversationResourceResponse { Id = threadId, ActivityId = activityId }, ActivityJsonContext.Default.ConversationResourceResponse))
                with { Activity = activity, AssignedActivityId = activityId, TargetConversationId = threadId };
        }

        if (parameters.Members is not [{ Id: { } userId }])
        {
            return Answer.Error(StatusCodes.Status400BadRequest, "BadArgument", "A 1:1 conversation needs exactly one member.");
        }

        string conversationId;
        lock (gate)
        {
            // Teams gives the same 1:1 chat back for the same user.
            if (!personalChats.TryGetValue(userId, out conversationId!))
            {
                conversationId = $"a:personal-{NextId()}";
                personalChats[userId] = conversationId;
            }
        }

        var first = parameters.Activity is { } firstActivity ? Store(conversationId, firstActivity, null) : null;
        return Answer.Ok(JsonSerializer.Serialize(new ConversationResourceResponse { Id = conversationId, ActivityId = first }, ActivityJsonContext.Default.ConversationResourceResponse))
            with { Activity = parameters.Activity, AssignedActivityId = first, TargetConversationId = conversationId };
    }

    private string Store(string conversationId, Activity activity, string? activityId)
    {
        var id = activityId ?? NextId();
        activity.Id = id;
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var list))
            {
                conversations[conversationId] = list = [];
            }

            var index = list.FindIndex(a => a.Id == id);
            if (index >= 0)
            {
                list[index] = activity;
            }
            else
            {
                list.Add(activity);
            }
        }

        return id;
    }

    private string NextId() => Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);

    private static Activity ReadActivity(string body) =>
        JsonSerializer.Deserialize(body, ActivityJsonContext.Default.Activity) ?? throw new JsonException("No activity.");

    private static string IdJson(string id) => JsonSerializer.Serialize(new ResourceResponse { Id = id }, ActivityJsonContext.Default.ResourceResponse);
}
