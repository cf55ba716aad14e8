using BotCommit.Cards;
using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Progress;

/// <summary>The progress cards of the admin jobs (<see cref="ProgressCardUpdater{T}"/>).</summary>
internal static class ProgressCardUpdater
{
    /// <summary>A whole team's <c>nudge now</c>: sent / queued / throttled / failed.</summary>
    public static ProgressCardUpdater<ManualTriggerProgress> ForNudge(
        ProgressMessage message, string title, CardLocale locale, TimeProvider time, TimeSpan interval, ILogger logger) =>
        new(message, title, locale, time, interval, logger, progress => progress.Done.Due, progress => new ProgressCardModel(title)
        {
            Total = progress.Total,
            Sent = progress.Done.Sent,
            Queued = progress.Queued,
            Throttled = progress.Throttled,
            Failed = progress.Failed,
            AlreadyHandled = progress.Done.AlreadyHandled,
            NotYetOpen = progress.NotYetOpen,
        });
}

/// <summary>
/// Keeps one posted progress card up to date in place (PUT on the message posted, <see cref="ProgressMessage"/>: in the
/// turn's conversation or in the admin's personal chat): the use case reports after
/// every step (a delivery, a rep's pipeline written), possibly from several threads; the card is replaced at most once
/// per <see cref="ProgressOptions.UpdateInterval"/> and only when something changed, then once more with the outcome and
/// the time taken. An update that fails is logged and skipped (the next one carries the newer counts): progress is a
/// courtesy, the work goes on regardless. <c>done</c> orders the reports (a report with less done than the newest is
/// ignored); <c>model</c> turns one into the card; <c>beforeAnyReport</c> is the final card's base when the job ended
/// before its first report (default: zero deliveries).
/// </summary>
internal sealed class ProgressCardUpdater<T> : IProgress<T>
    where T : class
{
    private readonly ProgressMessage _message;
    private readonly CardLocale _locale;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private readonly long _started;
    private readonly Func<T, int> _done;
    private readonly Func<T, ProgressCardModel> _model;
    private readonly ProgressCardModel _beforeAnyReport;
    private readonly Lock _gate = new();
    private T? _latest;
    private bool _changed;

    public ProgressCardUpdater(
        ProgressMessage message,
        string title,
        CardLocale locale,
        TimeProvider time,
        TimeSpan interval,
        ILogger logger,
        Func<T, int> done,
        Func<T, ProgressCardModel> model,
        ProgressCardModel? beforeAnyReport = null)
    {
        _done = done;
        _model = model;
        _beforeAnyReport = beforeAnyReport ?? new ProgressCardModel(title) { Total = 0 };
        _message = message;
        _locale = locale;
        _time = time;
        _interval = interval;
        _logger = logger;
        _started = time.GetTimestamp();
    }

    /// <summary>How many times the card was replaced (tests check it is far fewer than the reps).</summary>
    public int Updates { get; private set; }

    /// <summary>The newest report (the one with the most finished deliveries), or null before the first.</summary>
    public T? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    public void Report(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (_latest is null || _done(value) >= _done(_latest))
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
                T? changed = null;
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
                    await ReplaceAsync(_model(changed), cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Finished (or the host stops): the final update follows.
        }
    }

    /// <summary>How long the card stands before <see cref="FinishAsync"/> replaces it (<see cref="ProgressOptions.MinimumShown"/>).</summary>
    public TimeSpan MinimumShown { get; init; }

    /// <summary>The last replacement: the final counts, <paramref name="notes"/> and the time taken.</summary>
    public async Task FinishAsync(string title, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        var model = FinalModel(title, notes);
        var left = MinimumShown - _time.GetElapsedTime(_started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, _time, cancellationToken);
        }

        await ReplaceAsync(model, cancellationToken);
    }

    /// <summary>The finished card: the newest counts, <paramref name="notes"/> and the time since this updater was made.</summary>
    public ProgressCardModel FinalModel(string title, IReadOnlyList<string> notes)
    {
        var latest = Latest;
        return (latest is null ? _beforeAnyReport with { Title = title } : _model(latest) with { Title = title }) with
        {
            Notes = notes,
            Elapsed = _time.GetElapsedTime(_started),
        };
    }

    private async Task ReplaceAsync(ProgressCardModel model, CancellationToken cancellationToken)
    {
        var card = ProgressCard.Build(model, _locale);
        try
        {
            await _message.ReplaceAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
            Updates++;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ProgressLog.ProgressUpdateFailed(_logger, exception, _message.ActivityId);
        }
    }
}
