namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>The renewal checklist from the articles, as ticked on the status card.</summary>
public sealed record RenewalChecklist(bool ProfileReviewed, bool RequirementsMet, bool FeePaid)
{
    public const string ProfileReviewedInput = "profileReviewed";
    public const string RequirementsMetInput = "requirementsMet";
    public const string FeePaidInput = "feePaid";

    /// <summary>Competencies also need their requirements (exams, skills); the packs do not.</summary>
    public bool IsComplete(bool competency) => ProfileReviewed && FeePaid && (RequirementsMet || !competency);
}
