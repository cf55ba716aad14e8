using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BotCommit.Storage.Tests.Azurite;

/// <summary>
/// Provides an Azurite Table endpoint for the collection: the server named by <c>AZURITE_TABLE_ENDPOINT</c>
/// (CI), otherwise one started from <c>node_modules/.bin/azurite-table</c> found by walking up from the test
/// directory to the repo root, on a free loopback port, in memory, and killed on dispose. When neither works
/// the fixture throws, so every Azurite test FAILS with the reason (they are never skipped).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string EndpointVariable = "AZURITE_TABLE_ENDPOINT";

    // The well-known development-storage account of the Azure emulators (documented publicly; not a secret).
    private const string DevAccountName = "devstoreaccount1";
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <summary>Connection string for the Table endpoint (set once initialized).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            var uri = new Uri(endpoint.TrimEnd('/'));
            await WaitForPortAsync(uri.Host, uri.Port, TimeSpan.FromSeconds(15), process: null, $" (from {EndpointVariable})");
            ConnectionString = ConnectionStringFor(uri.ToString().TrimEnd('/'));
            return;
        }

        var executable = FindAzurite(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"Azurite is needed for the storage contract tests: set {EndpointVariable} (e.g. http://127.0.0.1:10002/devstoreaccount1) "
                + "or install it in the repo root (`npm install`, giving node_modules/.bin/azurite-table).");
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--silent", "--disableTelemetry", "--skipApiVersionCheck",
            "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortAsync("127.0.0.1", port, s_startTimeout, _process, $" (started from {executable})");
        ConnectionString = ConnectionStringFor($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{DevAccountName}");
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or did not stop in time: nothing more a test run can do.
        }
        finally
        {
            _process.Dispose();
            _process = null;
        }
    }

    /// <summary>Walks up from <paramref name="start"/> to the repo root (the folder holding BotCommit.sln).</summary>
    internal static string? FindAzurite(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "node_modules", ".bin", "azurite-table");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(directory.FullName, "BotCommit.sln")))
            {
                return null;
            }
        }

        return null;
    }

    private static string ConnectionStringFor(string tableEndpoint) =>
        $"DefaultEndpointsProtocol=http;AccountName={DevAccountName};AccountKey={DevAccountKey};TableEndpoint={tableEndpoint};";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPortAsync(string host, int port, TimeSpan timeout, Process? process, string source)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException(
                    $"Azurite{source} exited with code {process.ExitCode} before listening on {host}:{port}. Output:\n{Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(host, port);
                return;
            }
            catch (SocketException) when (stopwatch.Elapsed < timeout)
            {
                // Not listening yet: poll the external process again shortly.
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
            catch (SocketException exception)
            {
                throw new InvalidOperationException(
                    $"Azurite{source} did not answer on {host}:{port} within {timeout.TotalSeconds:0} s. Output:\n{Output()}", exception);
            }
        }
    }

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

    private string Output()
    {
        lock (_output)
        {
            return _output.Length == 0 ? "(none)" : _output.ToString();
        }
    }
}
