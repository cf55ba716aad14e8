using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using Microsoft.AspNetCore.Http;

namespace BotCommit.Benchmarks.Inbound;

/// <summary>
/// The baseline: a bare ASP.NET Core endpoint on loopback (Kestrel, in the benchmark process) that reads the request body
/// and stores the rep's snapshot — <see cref="ISubmissionStore.GetAsync"/> for the version, then
/// <see cref="ISubmissionStore.SaveAsync"/> (retried on a version conflict) — and answers a fixed invoke body. No token
/// check, no activity parsing, no cards. The rep comes from the query (<c>?rep=N</c>); the snapshots are built up front.
/// </summary>
internal sealed class BareSubmissionEndpoint : IAsyncDisposable
{
    private const string Answer = """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"received"}""";

    private readonly ISubmissionStore _submissions;
    private readonly IReadOnlyList<Submission> _snapshots;
    private LoopbackWebServer? _server;

    private BareSubmissionEndpoint(ISubmissionStore submissions, IReadOnlyList<Submission> snapshots)
    {
        _submissions = submissions;
        _snapshots = snapshots;
    }

    public Uri Address => new(_server!.BaseAddress, "bare");

    public static async Task<BareSubmissionEndpoint> StartAsync(ISubmissionStore submissions, IReadOnlyList<Submission> snapshots, CancellationToken cancellationToken)
    {
        var endpoint = new BareSubmissionEndpoint(submissions, snapshots);
        endpoint._server = await LoopbackWebServer.StartAsync(endpoint.HandleAsync, cancellationToken);
        return endpoint;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        using (var reader = new StreamReader(context.Request.Body))
        {
            _ = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var snapshot = _snapshots[int.Parse(context.Request.Query["rep"].ToString(), CultureInfo.InvariantCulture)];
        for (var attempt = 1; ; attempt++)
        {
            var existing = await _submissions.GetAsync(snapshot.Team, snapshot.Week, snapshot.Rep, context.RequestAborted);
            try
            {
                await _submissions.SaveAsync(snapshot, existing?.Version, context.RequestAborted);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                // Two requests for the same rep at once: re-read, as the real use case does.
            }
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(Answer, context.RequestAborted);
    }

    /// <summary>The rep's snapshot as a check-in stores it: their deals, submitted now.</summary>
    public static Submission SnapshotOf(TeamId team, ForecastWeek week, RepId rep, IReadOnlyList<DealForecast> deals, DateTimeOffset at) =>
        new(team, week, rep, deals) { SubmittedAt = at };
}
