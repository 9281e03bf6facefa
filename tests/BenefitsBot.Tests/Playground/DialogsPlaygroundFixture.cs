using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Playground;
using BenefitsBot.Tests.Hosting;

namespace BenefitsBot.Tests.Playground;

/// <summary>
/// The bot in-process on Kestrel (so Graph can point at the loopback fake, token requests included), on SQLite, behind the
/// Agents Playground; the Playground's current user is a Global admin of the fake tenant.
/// </summary>
public sealed class DialogsPlaygroundFixture : IAsyncLifetime
{
    private readonly SqliteAdminBotApp app = new();

    public AdminBotApp App => app;

    public AgentsPlayground Playground { get; private set; } = null!;

    /// <summary>The Playground's mocked current user (Alex Wilber) and its Entra object id.</summary>
    public const string UserObjectId = "3f2c9e1a-7b4d-4c1e-9a2f-000000000020";

    /// <summary>The Playground requires at least five other users.</summary>
    private static readonly string Users = string.Join('\n', Enumerable.Range(1, 5).Select(i => $"""
          - id: user-id-{i}
            name: Colleague {i}
            userPrincipleName: colleague{i}@example.com
            aadObjectId: 3f2c9e1a-7b4d-4c1e-9a2f-00000000002{i}
            givenName: Colleague
            surname: Number{i}
            email: colleague{i}@example.com
        """));

    /// <summary>The Playground's default tenant id is no GUID (Graph refuses it), so the mocked tenant and user get real-shaped ids.</summary>
    private static readonly string PlaygroundConfig = $$"""
        version: "0.1.1"
        tenantId: 9c1f5b2e-4d3a-4e8b-8f6c-0000000000aa
        bot:
          id: 00000000-0000-0000-0000-00000000000011
          name: Test Bot
        currentUser:
          id: user-id-0
          name: Alex Wilber
          userPrincipleName: alexw@example.com
          aadObjectId: {{UserObjectId}}
          givenName: Alex
          surname: Wilber
          email: alexw@example.com
        users:
        {{Users}}
        personalChat:
          id: __PERSONAL_CHAT_ID__
        groupChat:
          id: __GROUP_CHAT_ID__
          name: Group Chat
        team:
          id: team-id
          name: My Team
          aadGroupId: 00000000-0000-0000-0000-000000000031
          channels:
            - id: channel-announcements-id
              name: Announcements
        """;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        app.Graph.Organization = new FakeGraphOrganization("org-pg", "Contoso Playground", [new FakeGraphDomain("contoso.example", IsDefault: true)]);
        app.Graph.AddUsers(new FakeGraphUser(UserObjectId, "Alex Wilber", "alexw@example.com"));
        app.Graph.AssignRole(UserObjectId, new FakeGraphRole(BenefitsBot.Graph.KnownDirectoryRoles.GlobalAdministrator, "Global Administrator"));
        var port = LoopbackPort.Free();
        app.StartInstance(port);
        Playground = await AgentsPlayground.StartAsync(new AgentsPlaygroundOptions { BotEndpoint = new Uri($"http://127.0.0.1:{port}/api/messages"), ConfigYaml = PlaygroundConfig });
    }

    public async Task DisposeAsync()
    {
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        await app.DisposeAsync();
    }
}
