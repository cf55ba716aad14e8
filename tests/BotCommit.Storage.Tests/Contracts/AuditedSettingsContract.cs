using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>
/// Issue 15, item 7, on every store implementation: a team-settings change and its audit entry cannot be separated. A
/// failure between the two writes leaves no unaudited change (the entry is in the settings row's outbox and reaches the
/// log on the next edit or audit read, once), and a change that was not saved leaves no audit entry.
/// </summary>
public abstract class AuditedSettingsContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly RepId s_admin = RepId.From("admin/1");

    protected abstract Task<(ITeamSettingsStore Teams, IRosterStore Roster, IAuditLog Audit)> CreateStoresAsync();

    [Fact]
    public async Task AuditWriteFailsAfterTheChange_TheChangeKeepsItsEntry_AndItReachesTheLogOnce()
    {
        var (teams, roster, audit) = await CreateStoresAsync();
        await teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        var failing = new FailingAuditLog(audit) { Failures = 1, Failure = () => new StorageUnavailableException() };
        var editor = Editor(teams, roster, failing);

        var result = await editor.UpdateTeamAsync(Sample.Team, s_admin, Pause, s_none);

        Assert.Equal(EditStatus.Saved, result.Status);
        Assert.True((await teams.GetAsync(Sample.Team, s_none))!.Value.Paused);
        Assert.Empty(await audit.ListRecentAsync(Sample.Team, 10, s_none)); // not yet in the log …
        Assert.Single((await teams.GetAsync(Sample.Team, s_none))!.Value.PendingAudit); // … but saved with the change

        await editor.FlushPendingAuditAsync(Sample.Team, s_none);
        await editor.FlushPendingAuditAsync(Sample.Team, s_none);

        var entry = Assert.Single(await audit.ListRecentAsync(Sample.Team, 10, s_none));
        Assert.Equal((SettingKeys.Paused, "false", "true", s_admin), (entry.Setting, entry.OldValue, entry.NewValue, entry.Actor));
    }

    [Fact]
    public async Task InstanceStopsBetweenTheWrites_TheNextEditAppendsTheFirstChangesEntry_EachOnce()
    {
        var (teams, roster, audit) = await CreateStoresAsync();
        await teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        var dying = new FailingAuditLog(audit) { Failures = 1, Failure = () => new OperationCanceledException("the instance stopped") };

        await Assert.ThrowsAsync<OperationCanceledException>(() => Editor(teams, roster, dying).UpdateTeamAsync(Sample.Team, s_admin, Pause, s_none));
        Assert.Empty(await audit.ListRecentAsync(Sample.Team, 10, s_none));

        var next = await Editor(teams, roster, audit).UpdateTeamAsync(
            Sample.Team, s_admin, t => Edit<TeamSettings>.To(t with { Currency = "EUR" }, new SettingChange(SettingKeys.Currency, "USD", "EUR")), s_none);
        await Editor(teams, roster, audit).FlushPendingAuditAsync(Sample.Team, s_none);

        Assert.Equal(EditStatus.Saved, next.Status);
        var entries = await audit.ListRecentAsync(Sample.Team, 10, s_none);
        Assert.Equal([SettingKeys.Currency, SettingKeys.Paused], entries.Select(e => e.Setting).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SettingsWriteFails_NoAuditEntryForTheChangeThatDidNotHappen()
    {
        var (teams, roster, audit) = await CreateStoresAsync();
        await teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        var editor = Editor(new FailingSaves(teams), roster, audit);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => editor.UpdateTeamAsync(Sample.Team, s_admin, Pause, s_none));
        await Editor(teams, roster, audit).FlushPendingAuditAsync(Sample.Team, s_none);

        Assert.False((await teams.GetAsync(Sample.Team, s_none))!.Value.Paused);
        Assert.Empty(await audit.ListRecentAsync(Sample.Team, 10, s_none));
    }

    [Fact]
    public async Task ConcurrentEdit_TheLosingAttemptLeavesNoEntry()
    {
        var (teams, roster, audit) = await CreateStoresAsync();
        await teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        var editor = Editor(teams, roster, audit);
        var interfered = false;

        var result = await editor.UpdateTeamAsync(Sample.Team, s_admin, t =>
        {
            if (!interfered)
            {
                interfered = true;
                var current = teams.GetAsync(Sample.Team, s_none).GetAwaiter().GetResult()!;
                teams.SaveAsync(current.Value with { Name = "Renamed" }, current.Version, s_none).GetAwaiter().GetResult();
            }

            return Pause(t);
        }, s_none);

        Assert.Equal(EditStatus.Saved, result.Status);
        Assert.Single(await audit.ListRecentAsync(Sample.Team, 10, s_none)); // the retried attempt's entry only
    }

    [Fact]
    public async Task RosterChange_AuditWriteFailsAfterIt_TheEntryIsInTheRepsOutbox_AndReachesTheLogOnce()
    {
        var (teams, roster, audit) = await CreateStoresAsync();
        await teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        await roster.SaveAsync(new Rep(Sample.Team, Sample.Rep, "Ann"), null, s_none);
        var failing = new FailingAuditLog(audit) { Failures = 1, Failure = () => new StorageUnavailableException() };

        var result = await Editor(teams, roster, failing).UpdateRepAsync(Sample.Team, Sample.Rep, s_admin, SetManager, s_none);

        Assert.Equal(EditStatus.Saved, result.Status);
        var stored = (await roster.GetAsync(Sample.Team, Sample.Rep, s_none))!.Value;
        Assert.Equal(s_admin, stored.ManagerId);
        Assert.Single(stored.PendingAudit); // saved with the change …
        Assert.Empty(await audit.ListRecentAsync(Sample.Team, 10, s_none)); // … not yet in the log

        await Editor(teams, roster, audit).FlushPendingAuditAsync(Sample.Team, s_none);
        await Editor(teams, roster, audit).FlushPendingAuditAsync(Sample.Team, s_none);

        var entry = Assert.Single(await audit.ListRecentAsync(Sample.Team, 10, s_none));
        Assert.Equal((SettingKeys.With(SettingKeys.Manager, Sample.Rep.Value), null, s_admin.Value, s_admin), (entry.Setting, entry.OldValue, entry.NewValue, entry.Actor));
    }

    [Fact]
    public async Task RosterChange_InstanceStopsBetweenTheWrites_TheNextEditOfTheRepAppendsIt_EachOnce()
    {
        var (teams, roster, audit) = await CreateStoresAsync();
        await teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        var dying = new FailingAuditLog(audit) { Failures = 1, Failure = () => new OperationCanceledException("the instance stopped") };

        // A new rep (create-only save), then the stop.
        await Assert.ThrowsAsync<OperationCanceledException>(() => Editor(teams, roster, dying).UpdateRepAsync(
            Sample.Team, Sample.Rep, s_admin, _ => Edit<Rep>.To(new Rep(Sample.Team, Sample.Rep, "Ann"), new SettingChange(SettingKeys.With(SettingKeys.Rep, Sample.Rep.Value), null, "active")), s_none));
        Assert.NotNull(await roster.GetAsync(Sample.Team, Sample.Rep, s_none));
        Assert.Empty(await audit.ListRecentAsync(Sample.Team, 10, s_none));

        var next = await Editor(teams, roster, audit).UpdateRepAsync(Sample.Team, Sample.Rep, s_admin, SetManager, s_none);
        await Editor(teams, roster, audit).FlushPendingAuditAsync(Sample.Team, s_none);

        Assert.Equal(EditStatus.Saved, next.Status);
        var entries = await audit.ListRecentAsync(Sample.Team, 10, s_none);
        Assert.Equal(
            [SettingKeys.With(SettingKeys.Manager, Sample.Rep.Value), SettingKeys.With(SettingKeys.Rep, Sample.Rep.Value)],
            entries.Select(e => e.Setting).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RosterWriteFails_NoAuditEntryForTheChangeThatDidNotHappen()
    {
        var (teams, roster, audit) = await CreateStoresAsync();
        await teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        await roster.SaveAsync(new Rep(Sample.Team, Sample.Rep, "Ann"), null, s_none);

        await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            Editor(teams, new FailingRosterSaves(roster), audit).UpdateRepAsync(Sample.Team, Sample.Rep, s_admin, SetManager, s_none));
        await Editor(teams, roster, audit).FlushPendingAuditAsync(Sample.Team, s_none);

        Assert.Null((await roster.GetAsync(Sample.Team, Sample.Rep, s_none))!.Value.ManagerId);
        Assert.Empty(await audit.ListRecentAsync(Sample.Team, 10, s_none));
    }

    private static Edit<Rep> SetManager(Rep? rep) =>
        Edit<Rep>.To(rep! with { ManagerId = s_admin }, new SettingChange(SettingKeys.With(SettingKeys.Manager, rep!.Id.Value), null, s_admin.Value));

    private static Edit<TeamSettings> Pause(TeamSettings team) =>
        Edit<TeamSettings>.To(team with { Paused = true }, new SettingChange(SettingKeys.Paused, "false", "true"));

    private static SettingsEditor Editor(ITeamSettingsStore teams, IRosterStore roster, IAuditLog audit) =>
        new(teams, roster, audit, new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));

    /// <summary>An audit log whose next <see cref="Failures"/> appends throw, before writing anything.</summary>
    private sealed class FailingAuditLog(IAuditLog inner) : IAuditLog
    {
        public int Failures { get; set; }

        public required Func<Exception> Failure { get; init; }

        public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
        {
            if (Failures > 0)
            {
                Failures--;
                throw Failure();
            }

            return inner.AppendAsync(entry, cancellationToken);
        }

        public Task<IReadOnlyList<AuditEntry>> ListRecentAsync(TeamId team, int max, CancellationToken cancellationToken) =>
            inner.ListRecentAsync(team, max, cancellationToken);
    }

    /// <summary>A settings store whose saves fail before writing (reads work).</summary>
    private sealed class FailingSaves(ITeamSettingsStore inner) : ITeamSettingsStore
    {
        public Task<Versioned<TeamSettings>?> GetAsync(TeamId team, CancellationToken cancellationToken) => inner.GetAsync(team, cancellationToken);

        public Task<string> SaveAsync(TeamSettings settings, string? expectedVersion, CancellationToken cancellationToken) =>
            throw new StorageUnavailableException();

        public Task<IReadOnlyList<TeamSettings>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
    }

    /// <summary>A roster whose saves fail before writing (reads work).</summary>
    private sealed class FailingRosterSaves(IRosterStore inner) : IRosterStore
    {
        public Task<Versioned<Rep>?> GetAsync(TeamId team, RepId rep, CancellationToken cancellationToken) => inner.GetAsync(team, rep, cancellationToken);

        public Task<IReadOnlyList<Rep>> ListAsync(TeamId team, CancellationToken cancellationToken) => inner.ListAsync(team, cancellationToken);

        public Task<IReadOnlyList<Rep>> FindMembershipsAsync(RepId rep, CancellationToken cancellationToken) => inner.FindMembershipsAsync(rep, cancellationToken);

        public Task<string> SaveAsync(Rep rep, string? expectedVersion, CancellationToken cancellationToken) => throw new StorageUnavailableException();

        public Task DeleteAsync(TeamId team, RepId rep, CancellationToken cancellationToken) => inner.DeleteAsync(team, rep, cancellationToken);
    }
}
