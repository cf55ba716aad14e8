using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BotCommit.Testing.Processes;

/// <summary>
/// A real BotCommit host process (<c>dotnet BotCommit.Bot.dll</c>) on a loopback port with the given environment. Its
/// output is kept (last lines) for error reports; <see cref="Kill"/> is a SIGKILL, as a crashed machine would be.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private ProcessMemory _lastMemory = ProcessMemory.None;
    private TimeSpan _lastCpu;

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Peak and current RSS, remembered from the last reading while the process lived.</summary>
    public ProcessMemory Memory
    {
        get
        {
            if (!_process.HasExited)
            {
                _lastMemory = _lastMemory.Max(ProcessMemory.Of(_process.Id));
            }

            return _lastMemory;
        }
    }

    /// <summary>CPU time used so far (user + system), remembered from the last reading while the process lived.</summary>
    public TimeSpan Cpu
    {
        get
        {
            if (!_process.HasExited && ProcessCpu.Of(_process.Id) is { } cpu)
            {
                _lastCpu = cpu;
            }

            return _lastCpu;
        }
    }

    /// <summary>Starts the host built next to the tests (<see cref="BuiltBotDll"/>).</summary>
    public static Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        StartAsync(BuiltBotDll(), environment, cancellationToken);

    public static async Task<BotProcess> StartAsync(string botDll, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(botDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        var bot = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitHealthyAsync(cancellationToken);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; memory and CPU are read first.</summary>
    public void Kill()
    {
        _ = Memory;
        _ = Cpu;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>SIGKILL, waiting until the process is gone.</summary>
    public async Task KillAsync()
    {
        _ = Memory;
        _ = Cpu;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Memory;
            _ = Cpu;
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "healthz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Still starting: a separate process, so poll.
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"The bot did not answer /healthz within 90 s:\n{Output}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The host built in this checkout (<c>Bot/BotCommit.Bot/bin/&lt;configuration&gt;/net10.0</c>), same configuration as the tests.</summary>
    public static string BuiltBotDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BotCommit.sln")))
            {
                var dll = Path.Combine(directory.FullName, "Bot", "BotCommit.Bot", "bin", configuration, "net10.0", "BotCommit.Bot.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the bot first (./test.sh does).", dll);
            }
        }

        throw new DirectoryNotFoundException("BotCommit.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > KeptLines)
            {
                _output.Dequeue();
            }
        }
    }
}
