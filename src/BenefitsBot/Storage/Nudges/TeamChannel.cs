namespace BenefitsBot.Storage.Nudges;

/// <summary>A channel of a registered team; the General channel's id is the team id.</summary>
public sealed record TeamChannel(string Id, string? Name);
