using Microsoft.Playwright;

namespace BenefitsBot.Browser.Tests;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>; <c>tests/setup-chromium.sh</c> installs it) under Playwright:
/// Playwright's own browser download is not reachable here, so it drives the system binary.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>On a closed network Chromium's background services (updates, sync, QUIC probes) would only fail and wait.</summary>
    private static readonly string[] OfflineArgs =
    [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>Headless, without the sandbox (the tests run as root on CI); Playwright gives each launch a fresh profile.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}: tests/run.sh installs it (apt-get install chromium).");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ChromiumSandbox = false,
            Args = OfflineArgs,
        });
    }
}
