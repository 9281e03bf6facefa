using BenefitsBot.Domain.Dates;
using BenefitsBot.Evaluation;

namespace BenefitsBot.Cli;

/// <summary><c>eval faq</c> and <c>eval dates</c>: the dev-set reports.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args is not [var which, .. var rest] || which is not ("faq" or "dates"))
        {
            throw new CommandLineException("Usage: eval faq|dates [--shared DIR]");
        }

        var shared = BotServices.FindSharedDirectory(CommandOptions.Parse(rest, "--shared").GetValueOrDefault("--shared"));
        if (which == "faq")
        {
            return await FaqEvaluation.RunAsync(shared, output, CancellationToken.None);
        }

        var recognizer = new DateRecognizer();
        return await DateRuleEvaluation.RunAsync(shared, recognizer.Recognize, output, CancellationToken.None);
    }
}
