namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// The spec suites' pass rates run with no other test beside them. In the parallel run one English case ("q1-2019", which the
/// official model reads) came back empty about one run in four, never alone; no pattern ran out of time, our model wrapper swallowed
/// no exception, and 4,000 concurrent recognitions on shared recognizers lost nothing, so the cause is not found (noted in issue 10).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SpecSuitesRunAlone
{
    public const string Name = "Recognizer spec suites";
}
