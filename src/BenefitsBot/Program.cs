using BenefitsBot.Cli;
using BenefitsBot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = BenefitsBotHost.CreateBuilder(LocalEnvironment.WithDefault(args));
if (StartupCheck.FindProblem(builder.Configuration, builder.Environment) is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

await BenefitsBotHost.Build(builder).RunAsync();
return 0;
public partial class Program;
