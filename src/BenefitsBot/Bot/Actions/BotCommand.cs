using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot.Actions;

/// <summary>A typed command ("setup", "renew", "my benefits"…) with its caller.</summary>
public sealed record BotCommand(string Text, BotUser User, Activity Activity);
