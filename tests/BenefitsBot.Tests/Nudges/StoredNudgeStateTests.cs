using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Tests.Nudges;

/// <summary>The names delivery states are stored under: fixed, distinct, and read back as the same member.</summary>
public sealed class StoredNudgeStateTests
{
    [Fact]
    public void Name_EveryState_TheLowerCaseNameRowsHoldSinceStep3()
    {
        var names = Enum.GetValues<NudgeDeliveryState>().Select(StoredNudgeState.Name);

        Assert.Equal(["pending", "sending", "sent", "retrying", "failed", "cancelled"], names);
    }

    [Fact]
    public void Parse_EveryStoredName_TheSameState()
    {
        foreach (var state in Enum.GetValues<NudgeDeliveryState>())
        {
            Assert.Equal(state, StoredNudgeState.Parse(StoredNudgeState.Name(state)));
        }
    }

    [Theory]
    [InlineData("Pending")]
    [InlineData("done")]
    [InlineData("")]
    public void Parse_UnknownName_FormatException(string name) => Assert.Throws<FormatException>(() => StoredNudgeState.Parse(name));

    [Fact]
    public void SqlList_TwoStates_QuotedStoredNames() =>
        Assert.Equal("'pending', 'retrying'", StoredNudgeState.SqlList(NudgeDeliveryState.Pending, NudgeDeliveryState.Retrying));
}
