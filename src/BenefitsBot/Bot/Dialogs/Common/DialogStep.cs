namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>A dialog's stored position: which step, the dialog's own typed state, and the version buttons must carry.</summary>
public sealed record DialogStep<TState>(string DialogId, int Step, TState State, long Version);
