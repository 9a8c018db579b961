using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>A raw TCP client for what HttpClient will not do: dribble bytes, stop mid-request, watch the server hang up.</summary>
public sealed class RawHttp : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public static async Task<RawHttp> ConnectAsync(IPEndPoint endPoint)
    {
        var raw = new RawHttp();
        await raw._socket.ConnectAsync(endPoint);
        return raw;
    }

    /// <summary>Sends text; false when the server has already closed or reset the connection.</summary>
    public async Task<bool> TrySendAsync(string text)
    {
        try
        {
            await _socket.SendAsync(Encoding.ASCII.GetBytes(text));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads until the server closes (or resets) the connection, at most <paramref name="within"/>;
    /// returns what it sent and how long that took, or null text when it never closed.
    /// </summary>
    public async Task<(string? Text, TimeSpan Elapsed)> ReadUntilClosedAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var received = new StringBuilder();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (true)
            {
                var read = await _socket.ReceiveAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    return (received.ToString(), clock.Elapsed);
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (SocketException)
        {
            return (received.ToString(), clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            return (null, clock.Elapsed);
        }
    }

    public void Dispose() => _socket.Dispose();
}
