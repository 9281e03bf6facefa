using System.Reflection;
using BenefitsBot.Nudges;
using BenefitsBot.Testing;
using Microsoft.Extensions.Configuration;

namespace BenefitsBot.Tests.Nudges;

/// <summary>appsettings.sample.json documents every nudge worker setting, and its values bind.</summary>
public sealed class NudgeOptionsTests
{
    private static readonly IConfigurationRoot Sample = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepoPaths.RepoRoot, "appsettings.sample.json"), optional: false)
        .Build();

    public static TheoryData<string> Settings() =>
        [.. typeof(NudgeOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Settings))]
    public void Sample_DocumentsNudgeSetting(string name)
    {
        Assert.True(Sample.GetSection($"{NudgeOptions.SectionName}:{name}").Exists(), $"appsettings.sample.json does not document Nudges:{name}");
    }

    [Fact]
    public void Sample_NudgeSection_BindsToTheDefaults()
    {
        var bound = Sample.GetSection(NudgeOptions.SectionName).Get<NudgeOptions>()!;
        var defaults = new NudgeOptions();

        Assert.Equal(defaults.TickInterval, bound.TickInterval);
        Assert.Equal(defaults.Lease, bound.Lease);
        Assert.Equal(defaults.SendConcurrency, bound.SendConcurrency);
        Assert.Equal(defaults.DrainTimeout, bound.DrainTimeout);
    }
}
