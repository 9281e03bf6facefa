using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace BenefitsBot.Testing;

/// <summary>The <c>/v3/...</c> routes and the common request path: read, match faults, answer, record.</summary>
public sealed partial class FakeConnectorServer
{
    private void MapEndpoints()
    {
        var v3 = app.MapGroup(BasePath + "/v3");
        v3.MapPost("/conversations", Handle(ConnectorOperation.CreateConversation, CreateConversation));
        v3.MapPost("/conversations/{conversationId}/activities", Handle(ConnectorOperation.SendToConversation, PostActivity));
        v3.MapPost("/conversations/{conversationId}/activities/{activityId}", Handle(ConnectorOperation.ReplyToActivity, PostActivity));
        v3.MapPut("/conversations/{conversationId}/activities/{activityId}", Handle(ConnectorOperation.UpdateActivity, UpdateActivity));
        v3.MapDelete("/conversations/{conversationId}/activities/{activityId}", Handle(ConnectorOperation.DeleteActivity, DeleteActivity));
        v3.MapGet("/conversations/{conversationId}/members", Handle(ConnectorOperation.GetConversationMembers, GetMembers));
        v3.MapGet("/conversations/{conversationId}/members/{memberId}", Handle(ConnectorOperation.GetConversationMember, GetMember));
        v3.MapGet("/conversations/{conversationId}/pagedmembers", Handle(ConnectorOperation.GetConversationPagedMembers, GetPagedMembers));
        v3.MapGet("/conversations/{conversationId}/activities/{activityId}/members", Handle(ConnectorOperation.GetActivityMembers, GetMembers));
        v3.MapGet("/teams/{conversationId}", Handle(ConnectorOperation.GetTeamDetails, GetTeam));
        v3.MapGet("/teams/{conversationId}/conversations", Handle(ConnectorOperation.GetTeamChannels, GetTeamChannels));
        app.MapFallback(Handle(ConnectorOperation.Unknown, _ => Answer.Error(StatusCodes.Status404NotFound, "NotFound", "No such connector endpoint.")));
    }

    private RequestDelegate Handle(ConnectorOperation operation, Func<RecordedRequest, Answer> respond) => async context =>
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var request = new RecordedRequest
        {
            Sequence = 0,
            ReceivedAt = DateTimeOffset.UtcNow,
            Method = context.Request.Method,
            RawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            Path = (context.Request.Path.Value ?? string.Empty)[Math.Min(BasePath.Length + 1, context.Request.Path.Value?.Length ?? 0)..],
            Operation = operation,
            ConversationId = context.GetRouteValue("conversationId") as string,
            ActivityId = context.GetRouteValue("activityId") as string ?? context.GetRouteValue("memberId") as string,
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
        };

        Answer answer;
        try
        {
            answer = TakeFault(request) is { } fault ? Answer.From(fault) : respond(request);
        }
        catch (JsonException)
        {
            answer = Answer.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON."); // as the connector does
        }

        Record(request with
        {
            ResponseStatus = answer.Status,
            Activity = answer.Activity,
            AssignedActivityId = answer.AssignedActivityId,
            TargetConversationId = answer.TargetConversationId,
        });
        await answer.WriteAsync(context).ConfigureAwait(false);
    };
}
