using BotCommit.Bot.Admin;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Optimistic concurrency of settings changes: one lost race is re-read and re-applied, two are reported.</summary>
public sealed class SettingsEditorTests
{
    private static readonly TeamId Team = TeamId.From("t");
    private static readonly RepId Actor = RepId.From("actor");

    [Fact]
    public async Task UpdateTeam_OneConflict_ReReadsAndReAppliesOnTheNewVersion()
    {
        var store = new ConflictingStore(conflicts: 1, onConflict: s => s with { Name = "renamed meanwhile" });
        await store.Inner.SaveAsync(new TeamSettings(Team) { Name = "Sales" }, null, CancellationToken.None);
        var audit = new InMemoryAuditLog();
        var applied = 0;

        var result = await Editor(store, audit).UpdateTeamAsync(Team, Actor, team =>
        {
            applied++;
            return Edit<TeamSettings>.To(team with { Currency = "EUR" }, new SettingChange("currency", team.Currency, "EUR"));
        }, CancellationToken.None);

        Assert.Equal(EditStatus.Saved, result.Status);
        Assert.Equal(2, applied);
        var stored = (await store.Inner.GetAsync(Team, CancellationToken.None))!.Value;
        Assert.Equal(("EUR", "renamed meanwhile"), (stored.Currency, stored.Name));
        Assert.Single(await audit.ListRecentAsync(Team, 10, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateTeam_TwoConflicts_GivesUpWithoutSavingOrAuditing()
    {
        var store = new ConflictingStore(conflicts: 2, onConflict: s => s);
        await store.Inner.SaveAsync(new TeamSettings(Team), null, CancellationToken.None);
        var audit = new InMemoryAuditLog();

        var result = await Editor(store, audit).UpdateTeamAsync(Team, Actor,
            team => Edit<TeamSettings>.To(team with { Currency = "EUR" }, new SettingChange("currency", "USD", "EUR")), CancellationToken.None);

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal("USD", (await store.Inner.GetAsync(Team, CancellationToken.None))!.Value.Currency);
        Assert.Empty(await audit.ListRecentAsync(Team, 10, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateTeam_Refusal_SavesNothing()
    {
        var store = new ConflictingStore(conflicts: 0, onConflict: s => s);
        await store.Inner.SaveAsync(new TeamSettings(Team), null, CancellationToken.None);

        var result = await Editor(store, new InMemoryAuditLog()).UpdateTeamAsync(Team, Actor, _ => Edit<TeamSettings>.Refuse("no"), CancellationToken.None);

        Assert.Equal((EditStatus.Refused, "no"), (result.Status, result.Refusal));
    }

    [Fact]
    public async Task UpdateTeam_UnknownTeam_IsMissing()
    {
        var result = await Editor(new ConflictingStore(0, s => s), new InMemoryAuditLog())
            .UpdateTeamAsync(Team, Actor, t => Edit<TeamSettings>.Unchanged(t), CancellationToken.None);

        Assert.Equal(EditStatus.Missing, result.Status);
    }

    private static SettingsEditor Editor(ITeamSettingsStore store, IAuditLog audit) =>
        new(store, new InMemoryRosterStore(), audit, new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)));

    /// <summary>Loses the first <c>conflicts</c> saves: someone else writes (<c>onConflict</c>) just before each.</summary>
    private sealed class ConflictingStore(int conflicts, Func<TeamSettings, TeamSettings> onConflict) : ITeamSettingsStore
    {
        private int _remaining = conflicts;

        public InMemoryTeamSettingsStore Inner { get; } = new();

        public Task<Versioned<TeamSettings>?> GetAsync(TeamId team, CancellationToken cancellationToken) => Inner.GetAsync(team, cancellationToken);

        public Task<IReadOnlyList<TeamSettings>> ListAsync(CancellationToken cancellationToken) => Inner.ListAsync(cancellationToken);

        public async Task<string> SaveAsync(TeamSettings settings, string? expectedVersion, CancellationToken cancellationToken)
        {
            if (_remaining > 0)
            {
                _remaining--;
                var current = (await Inner.GetAsync(settings.Id, cancellationToken))!;
                await Inner.SaveAsync(onConflict(current.Value), current.Version, cancellationToken);
            }

            return await Inner.SaveAsync(settings, expectedVersion, cancellationToken);
        }
    }
}
