using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BotCommit.Testing.Postgres;

/// <summary>
/// A real PostgreSQL for tests of several instances sharing Hangfire: the server named by <c>BOTCOMMIT_TEST_POSTGRES</c>
/// (a connection string; test.sh starts a private cluster and sets it), otherwise a throw-away cluster started here from
/// Debian's binaries (<c>/usr/lib/postgresql/*/bin</c>; as root it runs as the <c>postgres</c> user), stopped on dispose.
/// When neither works, <see cref="StartAsync"/> throws: the test fails with the reason — it is never skipped.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "BOTCOMMIT_TEST_POSTGRES";

    private string? _binDirectory;
    private string? _dataRoot;

    private PostgresServer()
    {
    }

    public string ConnectionString { get; private set; } = string.Empty;

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new PostgresServer();
        var fromEnvironment = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            server.ConnectionString = fromEnvironment;
            return server;
        }

        try
        {
            await server.StartClusterAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_binDirectory is null || _dataRoot is null)
        {
            return;
        }

        await RunAsync($"'{_binDirectory}/pg_ctl' -D '{_dataRoot}/data' -m fast -w stop", CancellationToken.None, throwOnFailure: false);
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        _dataRoot = null;
    }

    private async Task StartClusterAsync(CancellationToken cancellationToken)
    {
        _binDirectory = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (_binDirectory is null)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is needed: set {ConnectionVariable} (e.g. Host=127.0.0.1;Port=5433;Username=postgres) or install Debian's postgresql. ./test.sh does both.");
        }

        _dataRoot = Path.Combine(Path.GetTempPath(), "botcommit-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dataRoot);
        if (Environment.UserName == "root")
        {
            await RunRawAsync("chown", ["postgres", _dataRoot], cancellationToken);
        }

        var port = FreeLoopbackPort();
        await RunAsync($"'{_binDirectory}/initdb' -D '{_dataRoot}/data' -U postgres --auth=trust -E UTF8", cancellationToken);
        await RunAsync(
            $"'{_binDirectory}/pg_ctl' -D '{_dataRoot}/data' -l '{_dataRoot}/server.log' -o \"-c listen_addresses=127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -k '{_dataRoot}'\" -w start",
            cancellationToken);
        ConnectionString = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;";
    }

    private static async Task RunAsync(string command, CancellationToken cancellationToken, bool throwOnFailure = true)
    {
        var asPostgres = Environment.UserName == "root";
        var (file, args) = asPostgres ? ("su", new[] { "postgres", "-s", "/bin/sh", "-c", command }) : ("sh", new[] { "-c", command });
        var exit = await RunRawAsync(file, args, cancellationToken);
        if (exit != 0 && throwOnFailure)
        {
            throw new InvalidOperationException($"'{command}' failed with exit code {exit}.");
        }
    }

    private static async Task<int> RunRawAsync(string file, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(output, error);
        return process.ExitCode;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
