using BenefitsBot.Hosting;

namespace BenefitsBot.Cli;

/// <summary>The same services the web host uses, built without starting a server, with logs kept off stdout.</summary>
internal static class BotServices
{
    /// <param name="dataDirectory">Overrides the <c>DataDirectory</c> setting (where the database and imported articles live).</param>
    public static WebApplication Build(string? dataDirectory = null)
    {
        var builder = BenefitsBotHost.CreateBuilder(dataDirectory is null ? [] : [$"--DataDirectory={dataDirectory}"]);
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>
    /// A file named on the command line: from the current directory, else, for a relative path, from the first folder above it that
    /// holds it. <c>dotnet run --project src/BenefitsBot</c> runs in the project's folder, so "tests/..." typed at the checkout root
    /// is found there.
    /// </summary>
    public static string ResolveInputFile(string file)
    {
        var full = Path.GetFullPath(file);
        if (File.Exists(full) || Path.IsPathRooted(file))
        {
            return full;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return full;
    }

    /// <summary>The shared folder with the eval sets: <c>--shared DIR</c>, else <c>../shared</c> beside the checkout.</summary>
    public static string FindSharedDirectory(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BenefitsBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "..", "shared", "eval")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new CommandLineException("No ../shared/eval found beside the checkout; pass --shared DIR.");
    }
}
