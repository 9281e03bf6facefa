namespace BenefitsBot.Domain.Knowledge.Retrieval;

internal static class Knobs
{
    public static double Get(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable("KNOB_" + name), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
