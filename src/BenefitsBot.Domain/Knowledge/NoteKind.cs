namespace BenefitsBot.Domain.Knowledge;

/// <summary>The kind of a Docs alert block (<c>&gt; [!NOTE]</c> and friends).</summary>
public enum NoteKind
{
    Note,
    Important,
    Warning,
    Tip,
    Caution,
}
