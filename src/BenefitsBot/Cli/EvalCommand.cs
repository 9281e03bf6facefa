using BenefitsBot.Domain.Dates;
using BenefitsBot.Evaluation;

namespace BenefitsBot.Cli;

/// <summary><c>eval faq</c> (cross-validated dev figures, a set file, or relearning the ranker) and <c>eval dates</c>.</summary>
internal static class EvalCommand
{
    private const string Usage = "Usage: eval faq [--folds N] [--set FILE] [--learn] | eval dates [--set FILE]; [--shared DIR]";

    private static int ParseFolds(string? text) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var folds) && folds is >= 2 and <= 20
            ? folds
            : throw new CommandLineException("--folds takes a whole number from 2 to 20. " + Usage);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args is not [var which, .. var rest] || which is not ("faq" or "dates"))
        {
            throw new CommandLineException(Usage);
        }

        var options = CommandOptions.Parse(rest, "--shared", "--folds", "--set", "--learn");
        var shared = BotServices.FindSharedDirectory(options.GetValueOrDefault("--shared"));
        var set = options.GetValueOrDefault("--set") is { } file ? BotServices.ResolveInputFile(file) : null;
        if (set is not null && !File.Exists(set))
        {
            throw new CommandLineException($"--set: no file {set}.");
        }

        if (which == "faq")
        {
            var folds = options.TryGetValue("--folds", out var text) ? ParseFolds(text) : FaqEvaluation.DefaultFolds;

            var faqOptions = new FaqEvaluationOptions(folds, set, options.ContainsKey("--learn"));
            return await FaqEvaluation.RunAsync(shared, faqOptions, output, CancellationToken.None);
        }

        var recognizer = new DateRecognizer();
        return await DateRuleEvaluation.RunAsync(set ?? Path.Combine(shared, "eval", "dates-dev.jsonl"), recognizer.Recognize, output, CancellationToken.None);
    }
}
