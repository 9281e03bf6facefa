namespace BenefitsBot.Escalation;

/// <summary>Where a ticket is: nobody has it, an admin took it, or it was answered.</summary>
public enum TicketState
{
    Open,
    Assigned,
    Resolved,
}
