using System.Net;
using System.Net.Sockets;

namespace BenefitsBot.Testing.Playground;

/// <summary>Picks a TCP port that is free on 127.0.0.1 right now (the OS chooses; a small race with other processes remains).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
