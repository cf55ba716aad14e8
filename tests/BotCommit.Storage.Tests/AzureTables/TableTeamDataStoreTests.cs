using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

/// <summary>
/// Deleting a closed team's data on Azurite: every row of the team in every table goes (partitions of more than one
/// transaction's worth included), a neighbouring team whose id sorts right after it keeps all of its rows, and erasure
/// records survive the team's audit partition.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TableTeamDataStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly TeamId s_neighbour = TeamId.From("team-a}"); // sorts right after "team-a|…" partitions
    private readonly AzuriteScope _scope = new(azurite);

    [Fact]
    public async Task Delete_RemovesEveryRowOfTheTeam_AndNothingOfAnother()
    {
        var storage = (await _scope.GetAsync()).Storage;
        await SeedAsync(storage, Sample.Team, deals: 150, weeks: 3, auditEntries: 120);
        await SeedAsync(storage, s_neighbour, deals: 5, weeks: 2, auditEntries: 3);
        var team = (await storage.Teams.GetAsync(Sample.Team, s_none))!.Value;
        var neighbourBefore = await storage.TeamData.CountAsync((await storage.Teams.GetAsync(s_neighbour, s_none))!.Value, s_none);

        var counted = await storage.TeamData.CountAsync(team, s_none);
        var deleted = await storage.TeamData.DeleteAsync(team, s_none);

        Assert.Equal(new TeamDataCounts(1, 2, 150, 3 * 3, 3, 3, 120, 2), counted);
        Assert.Equal(counted, deleted);
        Assert.Equal(TeamDataCounts.None, await storage.TeamData.CountAsync(team, s_none));
        Assert.Null(await storage.Teams.GetAsync(Sample.Team, s_none));
        Assert.DoesNotContain(await storage.Roster.FindMembershipsAsync(Sample.Rep, s_none), r => r.Team == Sample.Team);
        Assert.Empty(await (await _scope.GetAsync()).Table("RepMemberships").QueryAsync<Azure.Data.Tables.TableEntity>($"RowKey eq '{Sample.Team.Value}'").ToListAsync());
        var neighbour = (await storage.Teams.GetAsync(s_neighbour, s_none))!.Value;
        Assert.Equal(neighbourBefore, await storage.TeamData.CountAsync(neighbour, s_none));
        Assert.Equal(TeamDataCounts.None, await storage.TeamData.DeleteAsync(team, s_none)); // idempotent
    }

    [Fact]
    public async Task Delete_RemovesTheTeamsMonthlyForecasts_CountedWithTheSubmissions_AndNothingOfAnother()
    {
        var storage = (await _scope.GetAsync()).Storage;
        await SeedAsync(storage, Sample.Team, deals: 1, weeks: 1, auditEntries: 1);
        await SeedAsync(storage, s_neighbour, deals: 1, weeks: 1, auditEntries: 1);
        foreach (var (owner, month) in new[] { (Sample.Team, new YearMonth(2026, 11)), (Sample.Team, new YearMonth(2026, 12)), (s_neighbour, new YearMonth(2026, 12)) })
        {
            await storage.MonthlyForecasts.AddAsync(
                new BotCommit.Forecasting.Monthly.MonthlyForecast(owner, Sample.Rep, month, [.. BotCommit.Forecasting.Monthly.MonthlyCalendar.Window(month).Select(m => new BotCommit.Forecasting.Monthly.MonthForecastLine(m, 1m, 0m))])
                {
                    SubmittedAt = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero),
                },
                s_none);
        }

        var team = (await storage.Teams.GetAsync(Sample.Team, s_none))!.Value;
        var before = await storage.TeamData.CountAsync(team, s_none);
        var deleted = await storage.TeamData.DeleteAsync(team, s_none);

        Assert.Equal(3 + 2, before.Submissions);
        Assert.Equal(before, deleted);
        Assert.Empty(await storage.MonthlyForecasts.ListMonthAsync(Sample.Team, new YearMonth(2026, 12), s_none));
        Assert.Single(await storage.MonthlyForecasts.ListMonthAsync(s_neighbour, new YearMonth(2026, 12), s_none));
    }

    [Fact]
    public async Task ErasureRecords_SurviveTheTeamsAuditPartition_NewestFirst()
    {
        var storage = (await _scope.GetAsync()).Storage;
        await SeedAsync(storage, Sample.Team, deals: 1, weeks: 1, auditEntries: 1);
        var team = (await storage.Teams.GetAsync(Sample.Team, s_none))!.Value;
        var at = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var counts = await storage.TeamData.CountAsync(team, s_none);

        await storage.TeamData.RecordErasureAsync(new TeamErasureRecord(team.Id, team.Name, "tenant-1", Sample.OtherRep, at, TeamErasureStage.Started, counts), s_none);
        await storage.TeamData.DeleteAsync(team, s_none);
        await storage.TeamData.RecordErasureAsync(new TeamErasureRecord(team.Id, team.Name, "tenant-1", Sample.OtherRep, at.AddSeconds(1), TeamErasureStage.Completed, counts), s_none);

        var records = await storage.TeamData.ListErasuresAsync(10, s_none);
        Assert.Equal([TeamErasureStage.Completed, TeamErasureStage.Started], records.Select(r => r.Stage));
        Assert.Equal((Sample.Team, "Team A", "tenant-1", counts), (records[1].Team, records[1].TeamName, records[1].TenantId, records[1].Counts));
        Assert.Empty(await storage.Audit.ListRecentAsync(Sample.Team, 10, s_none));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    private static async Task SeedAsync(AzureTablesStorage storage, TeamId team, int deals, int weeks, int auditEntries)
    {
        var channel = team.Value + "-managers";
        await storage.Teams.SaveAsync(new TeamSettings(team) { Name = team == Sample.Team ? "Team A" : "Neighbour", SummaryChannel = new SummaryChannel(channel, "Managers") }, null, s_none);
        await storage.Roster.SaveAsync(new Rep(team, Sample.Rep, "Ann"), null, s_none);
        await storage.Roster.SaveAsync(new Rep(team, Sample.OtherRep, "Bo"), null, s_none);
        await storage.Deals.ReplaceAsync(team, Sample.Rep, [.. Enumerable.Range(1, deals).Select(i => Sample.Deal("d" + i))], s_none);
        var week = ForecastWeek.Parse("2026-W49");
        for (var w = 0; w < weeks; w++, week = week.Previous)
        {
            // Header + 2 lines = 3 rows per week; one delivery record per week.
            await storage.Submissions.SaveAsync(new Submission(team, week, Sample.Rep, [Sample.Deal("a"), Sample.Deal("b")]) { SubmittedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).AddDays(-7 * w) }, null, s_none);
            await storage.Actions.SaveAsync(new ActionRecord(team, week, "rep", ScheduledActionKind.Nudge) { UpdatedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero) }, null, s_none);
        }

        await storage.Submissions.AddRevisionAsync(new Submission(team, ForecastWeek.Parse("2026-W49"), Sample.Rep, [Sample.Deal("a"), Sample.Deal("c")]) { SubmittedAt = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero) }, s_none);
        for (var i = 0; i < auditEntries; i++)
        {
            await storage.Audit.AppendAsync(new AuditEntry(team, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i), Sample.Rep, "paused", "false", "true"), s_none);
        }

        await storage.Documents.UpsertAsync("conversation", team.Value, "{}", s_none);
        await storage.Documents.UpsertAsync("conversation", channel, "{}", s_none);
        await storage.Documents.UpsertAsync("personal-chat", Sample.Rep.Value, "{}", s_none);
    }
}
