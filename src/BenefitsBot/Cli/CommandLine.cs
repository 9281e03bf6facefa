namespace BenefitsBot.Cli;

/// <summary>The command-line mode of the same entry point, for scripts and admins: <c>ask</c>, <c>eval</c>, <c>kb</c>, <c>manifest</c>, <c>report</c>.</summary>
public static partial class CommandLine
{
    private static readonly string[] Commands = ["ask", "eval", "kb", "manifest", "nudges", "report", "help", "--help"];

    public static bool IsCommand(string[] args) => args is [var first, ..] && Commands.Contains(first, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return args[0] switch
            {
                "ask" => await AskCommand.RunAsync(args[1..], input, output),
                "eval" => await EvalCommand.RunAsync(args[1..], output),
                "kb" => await KbCommand.RunAsync(args[1..], output, error),
                "manifest" => await ManifestCommand.RunAsync(args[1..], output, error),
                "nudges" => await NudgesCommand.RunAsync(args[1..], output),
                "report" => await ReportCommand.RunAsync(args[1..], output),
                _ => await WriteUsageAsync(error),
            };
        }
        catch (CommandLineException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private static async Task<int> WriteUsageAsync(TextWriter error)
    {
        await error.WriteLineAsync("""
            Usage: BenefitsBot [command]
              (no command)                      run the bot (http://localhost:3978 in Development)
              ask "question" [--lang L] [--ref YYYY-MM-DD]   print the bot's answer
              ask --batch --json                JSON lines {"lang","text","ref"?} on stdin, one JSON line out per input
              eval faq | eval dates             evaluate on ../shared/eval (or --shared DIR)
              kb import <folder>                check and import a folder of articles
              manifest pack [--out app.zip]     build the Teams app package from manifest/ (placeholders from the environment)
              nudges offer --purchase-date D    record an Action Pack bought on D (try nudges locally); nudges plan | nudges status
              report [--tenant ID] [--since YYYY-MM-DD] [--json] [--data DIR]   questions, feedback, open tickets, nudges per tenant
            """);
        return 2;
    }
}

/// <summary>A usage error: printed without a stack trace, exit code 2.</summary>
public sealed class CommandLineException(string message) : Exception(message);
