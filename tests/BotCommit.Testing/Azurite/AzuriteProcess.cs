using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BotCommit.Testing.Azurite;

/// <summary>
/// An Azurite process started by a test helper, with its output kept for error messages, and the loopback plumbing the
/// helpers share: a free port, and waiting until a port listens (failing early, with the output, if the process exits).
/// </summary>
internal sealed class AzuriteProcess : IDisposable
{
    private readonly StringBuilder _output = new();

    private AzuriteProcess(Process process) => Process = process;

    public Process Process { get; }

    public static AzuriteProcess Start(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var azurite = new AzuriteProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}."));
        azurite.Process.OutputDataReceived += (_, e) => azurite.Append(e.Data);
        azurite.Process.ErrorDataReceived += (_, e) => azurite.Append(e.Data);
        azurite.Process.BeginOutputReadLine();
        azurite.Process.BeginErrorReadLine();
        return azurite;
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Returns once <paramref name="host"/>:<paramref name="port"/> accepts connections.</summary>
    /// <param name="process">The Azurite expected to listen there, or null for a server started by someone else.</param>
    public static async Task WaitUntilListeningAsync(AzuriteProcess? process, string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (process is { Process.HasExited: true })
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {process.Process.ExitCode} before listening on {host}:{port}. Output:\n{process.Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(host, port, cancellationToken);
                return;
            }
            catch (SocketException) when (stopwatch.Elapsed < timeout)
            {
                // Not listening yet: an external process, so poll again shortly.
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
            catch (SocketException exception)
            {
                throw new InvalidOperationException(
                    $"Azurite did not answer on {host}:{port} within {timeout.TotalSeconds:0} s. Output:\n{process?.Output() ?? "(not started here)"}",
                    exception);
            }
        }
    }

    public string Output()
    {
        lock (_output)
        {
            return _output.Length == 0 ? "(none)" : _output.ToString();
        }
    }

    public void Dispose() => Process.Dispose();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
