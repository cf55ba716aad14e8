using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BotCommit.Testing.Azurite;

/// <summary>
/// A private Azurite Table server that a fault test may stop and start again: its own process on a fixed loopback
/// port, keeping its data on disk (<c>--location</c>, a temp folder deleted on dispose) so nothing written before a
/// stop is lost. <see cref="StopAsync"/> is a real, graceful stop: SIGINT, on which Azurite closes its listener, saves
/// its database file and exits (a SIGKILL would lose up to Azurite's 5-second autosave interval). <see cref="StartAsync"/>
/// starts a new process on the same port and folder. Never the shared <c>AZURITE_TABLE_ENDPOINT</c> server: stopping
/// that would break every other test. Needs <c>node_modules/.bin/azurite-table</c> (npm install in the repo root) and
/// a POSIX <c>kill</c>.
/// </summary>
public sealed class RestartableAzurite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _executable;
    private AzuriteProcess? _process;

    private RestartableAzurite(string executable, int port, string location)
    {
        _executable = executable;
        Port = port;
        Location = location;
        TableEndpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1");
        ConnectionString = AzuriteServer.ConnectionStringFor(TableEndpoint);
    }

    public int Port { get; }

    /// <summary>The folder holding Azurite's database file.</summary>
    public string Location { get; }

    public Uri TableEndpoint { get; }

    public string ConnectionString { get; }

    /// <summary>True between a start and a stop.</summary>
    public bool IsRunning => _process is { Process.HasExited: false };

    /// <summary>Starts a new Azurite on a free loopback port and a new temp folder.</summary>
    public static async Task<RestartableAzurite> StartNewAsync(CancellationToken cancellationToken)
    {
        var executable = AzuriteServer.FindAzurite(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                "A private Azurite is needed: run `npm install` in the repo root (node_modules/.bin/azurite-table). ./test.sh does it.");
        var location = Directory.CreateTempSubdirectory("botcommit-azurite-").FullName;
        var server = new RestartableAzurite(executable, AzuriteProcess.FreeLoopbackPort(), location);
        try
        {
            await server.StartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts Azurite (again) on <see cref="Port"/> with the data in <see cref="Location"/>; returns once it listens.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        _process?.Dispose();
        _process = AzuriteProcess.Start(_executable,
        [
            "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(CultureInfo.InvariantCulture), "--location", Location,
            "--silent", "--disableTelemetry", "--skipApiVersionCheck",
        ]);
        await AzuriteProcess.WaitUntilListeningAsync(_process, "127.0.0.1", Port, StartTimeout, cancellationToken);
    }

    /// <summary>Stops Azurite gracefully (SIGINT) and waits for the process to exit (killed if it does not in 15 s).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process is not { Process.HasExited: false } azurite)
        {
            throw new InvalidOperationException("Azurite is not running.");
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill")
        {
            UseShellExecute = false,
            ArgumentList = { "-INT", azurite.Process.Id.ToString(CultureInfo.InvariantCulture) },
        }) ?? throw new InvalidOperationException("Could not run kill."))
        {
            await signal.WaitForExitAsync(cancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StopTimeout);
        try
        {
            await azurite.Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            azurite.Process.Kill(entireProcessTree: true);
            await azurite.Process.WaitForExitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } azurite)
        {
            try
            {
                if (!azurite.Process.HasExited)
                {
                    azurite.Process.Kill(entireProcessTree: true);
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await azurite.Process.WaitForExitAsync(timeout.Token);
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
            {
                // Already gone, or did not stop in time: nothing more a test run can do.
            }
            finally
            {
                azurite.Dispose();
                _process = null;
            }
        }

        try
        {
            Directory.Delete(Location, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
