using BotCommit.Cards;
using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Progress;

/// <summary>
/// Keeps one posted progress card up to date in place (PUT on the message the turn posted): the use case reports after
/// every delivery, from several threads; the card is replaced at most once per <see cref="ProgressOptions.UpdateInterval"/>
/// and only when something changed, then once more with the outcome and the time taken. An update that fails is logged
/// and skipped (the next one carries the newer counts): progress is a courtesy, the work goes on regardless.
/// </summary>
internal sealed class ProgressCardUpdater : IProgress<ManualTriggerProgress>
{
    private readonly ITurnContext _turn;
    private readonly string _activityId;
    private readonly string _title;
    private readonly CardLocale _locale;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private readonly long _started;
    private readonly Lock _gate = new();
    private ManualTriggerProgress? _latest;
    private bool _changed;

    public ProgressCardUpdater(
        ITurnContext turn, string activityId, string title, CardLocale locale, TimeProvider time, TimeSpan interval, ILogger logger)
    {
        _turn = turn;
        _activityId = activityId;
        _title = title;
        _locale = locale;
        _time = time;
        _interval = interval;
        _logger = logger;
        _started = time.GetTimestamp();
    }

    /// <summary>How many times the card was replaced (tests check it is far fewer than the reps).</summary>
    public int Updates { get; private set; }

    /// <summary>The newest report (the one with the most finished deliveries), or null before the first.</summary>
    public ManualTriggerProgress? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    public void Report(ManualTriggerProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (_latest is null || value.Done.Due >= _latest.Done.Due)
            {
                _latest = value;
                _changed = true;
            }
        }
    }

    /// <summary>Replaces the card every interval while <paramref name="cancellationToken"/> is not cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_interval, _time, cancellationToken);
                ManualTriggerProgress? changed = null;
                lock (_gate)
                {
                    if (_changed)
                    {
                        changed = _latest;
                        _changed = false;
                    }
                }

                if (changed is not null)
                {
                    await ReplaceAsync(Model(changed), cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Finished (or the host stops): the final update follows.
        }
    }

    /// <summary>The last replacement: the final counts, <paramref name="notes"/> and the time taken.</summary>
    public Task FinishAsync(string title, IReadOnlyList<string> notes, CancellationToken cancellationToken) =>
        ReplaceAsync(FinalModel(title, notes), cancellationToken);

    /// <summary>The finished card: the newest counts, <paramref name="notes"/> and the time since this updater was made.</summary>
    public ProgressCardModel FinalModel(string title, IReadOnlyList<string> notes)
    {
        var latest = Latest;
        return (latest is null ? new ProgressCardModel(title) { Total = 0 } : Model(latest) with { Title = title }) with
        {
            Notes = notes,
            Elapsed = _time.GetElapsedTime(_started),
        };
    }

    private ProgressCardModel Model(ManualTriggerProgress progress) => new(_title)
    {
        Total = progress.Total,
        Sent = progress.Done.Sent,
        Queued = progress.Queued,
        Throttled = progress.Throttled,
        Failed = progress.Failed,
        AlreadyHandled = progress.Done.AlreadyHandled,
        NotYetOpen = progress.NotYetOpen,
    };

    private async Task ReplaceAsync(ProgressCardModel model, CancellationToken cancellationToken)
    {
        var card = ProgressCard.Build(model, _locale);
        try
        {
            await _turn.UpdateActivityAsync(_activityId, MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
            Updates++;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ProgressLog.ProgressUpdateFailed(_logger, exception, _activityId);
        }
    }
}
