using BenefitsBot.Benchmarks.Dates;
using BenefitsBot.Benchmarks.Faq;
using BenefitsBot.Benchmarks.Messages;
using BenefitsBot.Benchmarks.Nudges;

// dotnet run -c Release --project tests/BenefitsBot.Benchmarks -- <messages|faq|dates|nudges|all> [options]
var benchmark = args.Length > 0 ? args[0] : "messages";
var options = args.Skip(1).ToList();
var output = Console.Out;

switch (benchmark)
{
    case "messages":
        await MessagesBenchmark.RunAsync(output, options);
        break;

    case "faq":
        await FaqBenchmark.RunAsync(output);
        break;

    case "dates":
        await DateRecognizerBenchmark.RunAsync(output);
        break;

    case "nudges":
        await NudgesBenchmark.RunAsync(output, options);
        break;

    case "all":
        await MessagesBenchmark.RunAsync(output, options);
        await FaqBenchmark.RunAsync(output);
        await DateRecognizerBenchmark.RunAsync(output);
        break;

    default:
        await Console.Error.WriteLineAsync("usage: BenefitsBot.Benchmarks <messages|faq|dates|nudges|all> [--seconds 5] [--warmup 2] [--levels 1,16,64] [--bots theirs,ours] [--text hi] [--teams-limits] [--lengths 1,4,16,28] | nudges [--tenants 10000] [--store sqlite|postgres]");
        return 1;
}

return 0;
