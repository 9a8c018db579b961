using System.Net;
using System.Net.Sockets;

namespace Promise.Testing;

/// <summary>Free loopback TCP ports for servers the tests start themselves.</summary>
public static class FreePort
{
    /// <summary>A port that was free on 127.0.0.1 a moment ago.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
