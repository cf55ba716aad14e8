using BotCommit.Benchmarks.Seeding;
using BotCommit.Forecasting.Ports;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Benchmarks.FanOut;

/// <summary>The outcome per rep, from the connector's cards and the host's action records.</summary>
internal sealed record FanOutResult(
    ConnectorCounts Connector,
    TimeSpan Wall,
    double Ratio,
    double RatioForCardsSent,
    int RepsWithOneCard,
    int Duplicates,
    int Losses,
    int UnknownDelivered,
    int UnknownNotDelivered,
    int FailedOther,
    int Unfinished,
    bool TimedOut,
    IReadOnlyList<string> MissedSamples)
{
    private const int SampleCount = 5;
    private static readonly TimeSpan StoragePause = TimeSpan.FromSeconds(5);

    public int Unknown => UnknownDelivered + UnknownNotDelivered;

    /// <summary>Reps who never got a card, whatever the reason (reported as "delivery unknown" or not).</summary>
    public int Missed => Losses + UnknownNotDelivered;

    /// <summary>Every rep exactly one card, within the target ratio of the floor for all reps.</summary>
    public bool Passed(double targetRatio) => !TimedOut && Duplicates == 0 && Missed == 0 && Ratio <= targetRatio;

    public static async Task<FanOutResult> CollectAsync(
        FanOutSettings settings, RateLimitedConnector connector, AzureTablesStorage storage, FanOutRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(run);
        var cards = connector.CardsByConversation();
        var records = (await ListWithRetriesAsync(storage, run, cancellationToken))
            .Where(r => r.Kind == ScheduledActionKind.Nudge)
            .ToDictionary(r => r.Subject, StringComparer.Ordinal);
        var missedSamples = new List<string>();
        int one = 0, duplicates = 0, losses = 0, unknownDelivered = 0, unknownNotDelivered = 0, failedOther = 0, unfinished = 0;
        for (var i = 0; i < settings.Reps; i++)
        {
            var received = cards.GetValueOrDefault(BenchmarkTeam.ConversationId(i));
            var record = records.GetValueOrDefault(BenchmarkTeam.AadId(i));
            var unknown = record is { IsDeliveryUnknown: true };
            if (received == 0 && missedSamples.Count < SampleCount)
            {
                missedSamples.Add(record is null
                    ? $"{BenchmarkTeam.AadId(i)}: no action record"
                    : $"{BenchmarkTeam.AadId(i)}: {record.State} at {record.UpdatedAt:HH:mm:ss}, {record.Detail ?? "no detail"}");
            }

            one += received == 1 ? 1 : 0;
            duplicates += received > 1 ? 1 : 0;
            losses += received == 0 && !unknown ? 1 : 0;
            unknownDelivered += unknown && received > 0 ? 1 : 0;
            unknownNotDelivered += unknown && received == 0 ? 1 : 0;
            failedOther += record is { State: ActionState.Failed } && !unknown ? 1 : 0;
            unfinished += record is null or { State: ActionState.Claimed or ActionState.Sending } ? 1 : 0;
        }

        var wall = connector.CardSpan();
        var cardsFloor = TimeSpan.FromSeconds((double)Math.Max(1, connector.CardsDelivered) / settings.Rate);
        return new FanOutResult(
            connector.Counts, wall, wall / settings.Floor, wall / cardsFloor, one, duplicates, losses, unknownDelivered, unknownNotDelivered, failedOther, unfinished, run.TimedOut, missedSamples);
    }

    /// <summary>
    /// The week's action records. Scanning 10,000 rows right after a fan-out can take Azurite past the client's timeout
    /// on a loaded machine; a few pauses and tries are the harness's business, not a reason to lose the run's figures.
    /// </summary>
    private static async Task<IReadOnlyList<ActionRecord>> ListWithRetriesAsync(AzureTablesStorage storage, FanOutRun run, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await storage.Actions.ListWeekAsync(BenchmarkTeam.Id, run.Week, cancellationToken);
            }
            catch (StorageUnavailableException) when (attempt < 4)
            {
                await Task.Delay(StoragePause, cancellationToken);
            }
        }
    }
}
