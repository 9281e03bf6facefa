using System.Text.Json.Serialization;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>The users picked so far and, once assigning has begun, the SKU being assigned.</summary>
public sealed record AssignmentState(IReadOnlyList<PickedUser> Users, Guid? SkuId = null)
{
    public const string DialogId = "assign";

    public const int ComposeStep = 0;

    /// <summary>The assign button was pressed: the users and SKU are fixed, a retry (Graph down) continues from here.</summary>
    public const int AssigningStep = 1;
}

/// <summary>A user on the list, as the directory named them when picked.</summary>
public sealed record PickedUser(string Id, string Title);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AssignmentState))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class AssignmentJsonContext : JsonSerializerContext;
