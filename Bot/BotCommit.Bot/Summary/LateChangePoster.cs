using System.Globalization;
using BotCommit.Cards;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Summary;

/// <summary>
/// Posts the week's changes made after the cutoff into the summary thread ("Alex: changed after cutoff: +12,000 commit,
/// −5,000 upside") and refreshes the parent card. Source: the <see cref="ScheduledActionKind.LateChangePost"/> records
/// that <c>RecordSubmission</c> writes in state Claimed. Each is posted exactly once: the poster first takes a short
/// lease on the record (a <c>posting=</c> mark written with the record's ETag, so of two pollers only one wins), posts,
/// then marks it Completed with the lease's ETag. A poster that dies mid-way leaves the lease to expire after
/// <see cref="Lease"/>, and the change is posted by the next call. Before the week's summary is posted nothing is done:
/// the summary then shows the changed numbers and its publisher posts the pending changes into the new thread.
/// Safe to call after every late submission and from the schedule tick.
/// </summary>
internal sealed class LateChangePoster(
    ITeamSettingsStore settings,
    IRosterStore roster,
    IActionLog actions,
    SummaryPostStore posts,
    SummaryChannel channel,
    SummaryThread thread,
    SummaryComposer composer,
    TimeProvider time,
    ILogger<LateChangePoster> logger)
{
    /// <summary>How long a claimed-for-posting record is left alone before another poster may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const string LeaseKey = "posting=";

    /// <summary>
    /// Posts every pending late change of <paramref name="week"/> and, when one was posted, refreshes the parent card.
    /// Returns how many were posted. Teams or channel trouble is logged and left for a later call, never thrown.
    /// </summary>
    public async Task<int> PostPendingAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var stored = await settings.GetAsync(team, cancellationToken);
        var post = await posts.GetAsync(team, week, cancellationToken);
        if (stored is null || post is null)
        {
            return 0;
        }

        var record = post.Value;
        var target = await channel.ReferenceForAsync(record.ChannelId, cancellationToken);
        if (target.Reference is not { } reference)
        {
            SummaryLog.LateChangesDeferred(logger, team.Value, week.ToString(), target.Problem ?? "no channel");
            return 0;
        }

        var posted = 0;
        try
        {
            posted = await PostAsync(stored.Value, week, record, reference, cancellationToken);
            if (posted > 0 && await composer.ComposeAsync(stored.Value, week, record.Late, cancellationToken) is { } composition)
            {
                var card = SummaryCard.Build(composition.Model, SummaryLocale.For(stored.Value));
                await thread.RefreshAsync(reference, record.ThreadId, record.RootActivityId, card, cancellationToken);
            }
        }
        catch (ConnectorException exception)
        {
            SummaryLog.LateChangesDeferred(logger, team.Value, week.ToString(), "Teams answered " + (int)exception.StatusCode);
        }
        catch (UntrustedServiceUrlException)
        {
            SummaryLog.LateChangesDeferred(logger, team.Value, week.ToString(), "the channel's serviceUrl is not trusted");
        }

        return posted;
    }

    /// <summary>Posts the pending late changes as replies into the thread of <paramref name="post"/>; returns how many.</summary>
    /// <exception cref="ConnectorException">Teams refused a reply; the changes not yet posted stay pending.</exception>
    public async Task<int> PostAsync(TeamSettings team, ForecastWeek week, SummaryPostRecord post, ConversationReference channelReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(post);
        var pending = (await actions.ListWeekAsync(team.Id, week, cancellationToken))
            .Where(r => r.Kind == ScheduledActionKind.LateChangePost && r.State == ActionState.Claimed)
            .OrderBy(r => r.UpdatedAt)
            .ThenBy(r => r.Subject, StringComparer.Ordinal)
            .ToList();
        var locale = SummaryLocale.For(team);
        var posted = 0;
        foreach (var candidate in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var leased = await TryLeaseAsync(candidate, cancellationToken);
            if (leased is not { } lease)
            {
                continue;
            }

            var detail = WithoutLease(lease.Value.Detail);
            var change = LateChange.FromDetail(lease.Value.UpdatedAt, detail);
            if (change is null)
            {
                SummaryLog.LateChangeUnreadable(logger, team.Id.Value, week.ToString(), candidate.Subject);
                await actions.SaveAsync(lease.Value with { State = ActionState.Failed, Detail = detail, UpdatedAt = time.GetUtcNow() }, lease.Version, cancellationToken);
                continue;
            }

            var name = await RepNameAsync(team.Id, candidate.Subject, cancellationToken);
            var text = LateChangeText.Format(locale, name, change);
            await thread.ReplyAsync(channelReference, post.ThreadId, MessageFactory.Text(text), cancellationToken);

            // The lease's ETag: only the poster that took the lease can complete the record, and only once.
            await actions.SaveAsync(lease.Value with { State = ActionState.Completed, Detail = detail, UpdatedAt = time.GetUtcNow() }, lease.Version, cancellationToken);
            SummaryLog.LateChangePosted(logger, team.Id.Value, week.ToString(), candidate.Subject);
            posted++;
        }

        return posted;
    }

    private async Task<Versioned<ActionRecord>?> TryLeaseAsync(ActionRecord candidate, CancellationToken cancellationToken)
    {
        var current = await actions.GetAsync(candidate.Team, candidate.Week, candidate.Subject, candidate.Kind, cancellationToken);
        if (current is not { Value.State: ActionState.Claimed } found)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (LeasedAt(found.Value.Detail) is { } leasedAt && now - leasedAt < Lease)
        {
            return null;
        }

        var leased = found.Value with
        {
            Detail = WithoutLease(found.Value.Detail) + ";" + LeaseKey + now.UtcTicks.ToString(CultureInfo.InvariantCulture),
        };
        try
        {
            var version = await actions.SaveAsync(leased, found.Version, cancellationToken);
            return new Versioned<ActionRecord>(leased, version);
        }
        catch (ConcurrencyConflictException)
        {
            // Another poster took it (or completed it) in the meantime.
            return null;
        }
    }

    private async Task<string> RepNameAsync(TeamId team, string subject, CancellationToken cancellationToken)
    {
        // RecordSubmission's subject is "<rep id>@<ticks>".
        var at = subject.LastIndexOf('@');
        var repId = at > 0 ? subject[..at] : subject;
        var rep = await roster.GetAsync(team, RepId.From(repId), cancellationToken);
        return rep is { Value.DisplayName.Length: > 0 } found ? found.Value.DisplayName : repId;
    }

    private static DateTimeOffset? LeasedAt(string? detail)
    {
        var part = detail?.Split(';').FirstOrDefault(p => p.StartsWith(LeaseKey, StringComparison.Ordinal));
        return part is not null && long.TryParse(part.AsSpan(LeaseKey.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;
    }

    private static string? WithoutLease(string? detail) =>
        detail is null ? null : string.Join(';', detail.Split(';').Where(p => !p.StartsWith(LeaseKey, StringComparison.Ordinal)));
}
