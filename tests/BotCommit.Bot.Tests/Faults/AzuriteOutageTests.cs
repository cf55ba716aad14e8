using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Bot.Resources;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Azurite;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// Issue #9, storage outage: a private Azurite (data on disk) is really stopped — SIGINT, a graceful shutdown — while
/// reps submit through /api/messages, and started again on the same port. Requests in flight at the stop are held at
/// the table client by a <see cref="StorageGate"/> so the test knows which step each one was at.
/// </summary>
public sealed class AzuriteOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private static readonly TeamId Team = TeamId.From("19:team-outage@thread.tacv2");

    // Saved before the stop; snapshot batch in flight; pipeline batch in flight; three who press Submit while it is down.
    private static readonly string[] Reps = Enumerable.Range(0, 6)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"0a0a0a0a-0000-4000-8000-00000000000{i}")).ToArray();
    private static readonly string SavedBefore = Reps[0];
    private static readonly string SnapshotInFlight = Reps[1];
    private static readonly string PipelineInFlight = Reps[2];
    private static readonly string[] WhileDown = Reps[3..];

    private readonly FakeTimeProvider _clock = new(SundayEvening);
    private RestartableAzurite _azurite = null!;
    private FaultHost _host = null!;

    public async Task InitializeAsync()
    {
        _azurite = await RestartableAzurite.StartNewAsync(CancellationToken.None);
        _host = await FaultHost.StartAsync(_azurite.ConnectionString, _clock);
        await _host.SaveTeamAsync(new TeamSettings(Team) { Name = "Sales", TimeZoneId = "UTC" });
        foreach (var rep in Reps)
        {
            await _host.AddRepAsync(Team, rep, SampleDeals.Two);
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Submit_AzuriteStoppedWhileRepsSubmit_RepsAreToldToRetryNothingIsTornAndTheRetryIsStoredOnce()
    {
        var cards = new Dictionary<string, JsonObject>();
        foreach (var rep in Reps)
        {
            cards[rep] = await _host.CardAsync(Team, rep, Week);
        }

        var saved = await _host.InvokeAsync(Submit(cards, SavedBefore));
        var snapshotHold = _host.Gate.HoldNext((method, uri, body) => IsBatchOn(method, uri, body, "Submissions", SnapshotInFlight));
        var pipelineHold = _host.Gate.HoldNext((method, uri, body) => IsBatchOn(method, uri, body, "Deals", PipelineInFlight));
        var inFlight = new[] { _host.InvokeAsync(Submit(cards, SnapshotInFlight)), _host.InvokeAsync(Submit(cards, PipelineInFlight)) };
        await Task.WhenAll(snapshotHold.Reached, pipelineHold.Reached).WaitAsync(Patience);
        await _azurite.StopAsync(CancellationToken.None);
        snapshotHold.Release();
        pipelineHold.Release();
        var inFlightAnswers = await Task.WhenAll(inFlight).WaitAsync(Patience);
        var whileDownAnswers = await Task.WhenAll(WhileDown.Select(rep => _host.InvokeAsync(Submit(cards, rep)))).WaitAsync(Patience);
        await _azurite.StartAsync(CancellationToken.None);
        var afterOutage = await _host.ReadStoredAsync(Reps);

        AssertReceipt(saved, SavedBefore);
        Assert.All(inFlightAnswers.Concat(whileDownAnswers), AssertToldToRetry);
        Assert.Equal(Typed(SavedBefore), afterOutage[SavedBefore].Snapshot);
        Assert.Equal(Typed(SavedBefore), afterOutage[SavedBefore].Pipeline);
        foreach (var rep in WhileDown.Append(PipelineInFlight))
        {
            Assert.Null(afterOutage[rep].Snapshot);
            Assert.Equal(Original, afterOutage[rep].Pipeline);
        }

        // Between the two writes (RecordSubmission writes the pipeline, then the snapshot; each whole): the rep is told
        // "could not save" and nothing counts as submitted, the pipeline already holds what they typed; the retry converges.
        Assert.Null(afterOutage[SnapshotInFlight].Snapshot);
        Assert.Equal(Typed(SnapshotInFlight), afterOutage[SnapshotInFlight].Pipeline);

        var retries = new List<JsonObject>();
        foreach (var rep in Reps.Skip(1))
        {
            retries.Add(await _host.InvokeAsync(Submit(cards, rep)));
        }

        var final = await _host.ReadStoredAsync(Reps);
        Assert.All(Reps.Skip(1).Zip(retries), pair => AssertReceipt(pair.Second, pair.First));
        Assert.All(Reps, rep =>
        {
            Assert.Equal(Typed(rep), final[rep].Snapshot);
            Assert.Equal(Typed(rep), final[rep].Pipeline);
        });
        Assert.Equal(Reps.Length, (await _host.Get<ISubmissionStore>().ListWeekAsync(Team, Week, CancellationToken.None)).Count);
    }

    private static SortedDictionary<string, long> Original => new(StringComparer.Ordinal) { ["d1"] = SampleDeals.D1Minor, ["d2"] = SampleDeals.D2Minor };

    /// <summary>What each rep types: a new d1 amount of their own (in minor units), d2 unchanged.</summary>
    private static SortedDictionary<string, long> Typed(string rep) =>
        new(StringComparer.Ordinal) { ["d1"] = 12_000_025 + (100 * Index(rep)), ["d2"] = SampleDeals.D2Minor };

    private static int Index(string rep) => Array.IndexOf(Reps, rep);

    private static string TypedAmount(string rep) => (Typed(rep)["d1"] / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private JsonObject Submit(Dictionary<string, JsonObject> cards, string rep) =>
        _host.SubmitInvoke(rep, cards[rep], new Dictionary<string, string> { ["d1"] = TypedAmount(rep) });

    // An entity group transaction ($batch) on the host's table whose rows belong to the rep.
    private bool IsBatchOn(string method, Uri uri, string body, string table, string rep) =>
        method == "POST" && uri.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal)
        && body.Contains(_host.TablePrefix + table + "(", StringComparison.Ordinal)
        && body.Contains(rep, StringComparison.Ordinal);

    private static void AssertReceipt(JsonObject answer, string rep)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]?.GetValue<string>());
        var amount = (Typed(rep)["d1"] / 100m).ToString("#,##0.00", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains(amount, answer["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    // A message answer (not a card) leaves the acted-on card in place on the client, with what the rep typed.
    private static void AssertToldToRetry(JsonObject answer)
    {
        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]?.GetValue<string>());
        var expected = BotStrings.ResourceManager.GetString(nameof(BotStrings.CheckInSaveFailed), CultureInfo.GetCultureInfo("en-US"));
        Assert.Equal(expected, answer["value"]?.GetValue<string>());
    }
}
