using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BotCommit.Testing.Azurite;

/// <summary>
/// A real Azurite Table endpoint for tests: the server named by <c>AZURITE_TABLE_ENDPOINT</c> (test.sh and CI start
/// one), otherwise one started from <c>node_modules/.bin/azurite-table</c> (found by walking up to the repo root) on a
/// free loopback port, in memory, killed on dispose. When neither works, <see cref="StartAsync"/> throws: tests that
/// need storage fail with the reason — they are never skipped.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string EndpointVariable = "AZURITE_TABLE_ENDPOINT";

    // The well-known development-storage account of the Azure emulators (publicly documented; not a secret).
    private const string DevAccountName = "devstoreaccount1";
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private AzuriteProcess? _process;

    private AzuriteServer()
    {
    }

    /// <summary>Connection string for the Table endpoint.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The Table endpoint, e.g. <c>http://127.0.0.1:10002/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint { get; private set; } = new("http://127.0.0.1/");

    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new AzuriteServer();
        try
        {
            await server.InitializeAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public static string ConnectionStringFor(Uri tableEndpoint)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        return $"DefaultEndpointsProtocol=http;AccountName={DevAccountName};AccountKey={DevAccountKey};TableEndpoint={tableEndpoint.ToString().TrimEnd('/')};";
    }

    /// <summary>Walks up from <paramref name="start"/> to the repo root (the folder holding BotCommit.sln).</summary>
    public static string? FindAzurite(string start)
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

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.Process.HasExited)
            {
                _process.Process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.Process.WaitForExitAsync(timeout.Token);
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

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            TableEndpoint = new Uri(endpoint.TrimEnd('/'));
            await AzuriteProcess.WaitUntilListeningAsync(null, TableEndpoint.Host, TableEndpoint.Port, TimeSpan.FromSeconds(15), cancellationToken);
            ConnectionString = ConnectionStringFor(TableEndpoint);
            return;
        }

        var executable = FindAzurite(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"Azurite is needed: set {EndpointVariable} (e.g. http://127.0.0.1:10002/devstoreaccount1) or run `npm install` "
                + "in the repo root (node_modules/.bin/azurite-table). ./test.sh does both.");
        var port = AzuriteProcess.FreeLoopbackPort();
        _process = AzuriteProcess.Start(executable,
        [
            "--inMemoryPersistence", "--silent", "--disableTelemetry", "--skipApiVersionCheck",
            "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture),
        ]);
        await AzuriteProcess.WaitUntilListeningAsync(_process, "127.0.0.1", port, StartTimeout, cancellationToken);
        TableEndpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{DevAccountName}");
        ConnectionString = ConnectionStringFor(TableEndpoint);
    }
}
