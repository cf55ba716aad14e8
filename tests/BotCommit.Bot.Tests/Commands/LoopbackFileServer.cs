using System.Net;
using System.Net.Sockets;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>A loopback file host standing in for SharePoint's pre-authorised download URL.</summary>
internal sealed class LoopbackFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _body;

    public LoopbackFileServer(byte[] body)
    {
        _body = body;
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/download/deals.csv");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Url { get; }

    public int Requests { get; private set; }

    public string? LastAuthorization { get; private set; }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Requests++;
            LastAuthorization = context.Request.Headers["Authorization"];
            context.Response.ContentType = "text/csv";
            await context.Response.OutputStream.WriteAsync(_body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
