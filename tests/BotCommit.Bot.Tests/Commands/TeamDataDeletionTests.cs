using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue 15, item 4, through the real endpoint on Azurite with the fake Teams connector: a bootstrap admin deletes the
/// data of a team that removed BotCommit — a dry run that counts, then <c>… confirm</c>; an open team and the team's own
/// admins are refused; the deletion itself is recorded where it survives.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class TeamDataDeletionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        await _host.AddRepAsync(People.Dana);
        await _host.AddRepAsync(People.Chen);
        var deal = new DealForecast(DealId.From("d1"), "Contoso", "Secret renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 3), Stage.From(90));
        await _host.Get<IDealStore>().ReplaceAsync(CommandHost.Team, RepId.From(People.Dana.AadObjectId), [deal], CancellationToken.None);
        await _host.Get<ISubmissionStore>().SaveAsync(new Submission(CommandHost.Team, Week, RepId.From(People.Dana.AadObjectId), [deal])
        {
            RepName = "Dana Kim",
            SubmittedAt = CommandHost.Now.AddDays(-3),
        }, null, CancellationToken.None);
        await _host.SendAsync(_host.PersonalMessage(People.Boris, "hi"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OpenTeam_IsRefused_NothingDeleted()
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "delete team data in Sales EMEA confirm"));

        Assert.Contains("still has BotCommit", answer, StringComparison.Ordinal);
        Assert.NotNull(await _host.Get<ITeamSettingsStore>().GetAsync(CommandHost.Team, CancellationToken.None));
        Assert.NotEmpty(await _host.Get<IDealStore>().ListTeamAsync(CommandHost.Team, CancellationToken.None));
    }

    [Fact]
    public async Task ClosedTeam_DryRunCounts_ConfirmDeletesEveryRow_AndTheDeletionIsRecorded()
    {
        await _host.SendAsync(BotRemoved(People.Olivia));

        var preview = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "delete team data in Sales EMEA"));

        Assert.Contains("2 roster entries, 1 deal rows, 2 submission rows", preview, StringComparison.Ordinal);
        Assert.Contains("delete team data in Sales EMEA confirm", preview, StringComparison.Ordinal);
        Assert.NotNull(await _host.Get<ITeamSettingsStore>().GetAsync(CommandHost.Team, CancellationToken.None)); // a dry run

        // The team's own admin (not a bootstrap admin) may not delete it; a closed team does not even answer her.
        await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "delete team data in Sales EMEA confirm"));
        Assert.NotNull(await _host.Get<ITeamSettingsStore>().GetAsync(CommandHost.Team, CancellationToken.None));

        var done = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "删除团队数据 in Sales EMEA 确认"));

        Assert.Contains("**Sales EMEA**'s data is deleted", done, StringComparison.Ordinal); // understood in Chinese, answered in the reader's language
        Assert.Null(await _host.Get<ITeamSettingsStore>().GetAsync(CommandHost.Team, CancellationToken.None));
        Assert.Empty(await _host.Get<IRosterStore>().ListAsync(CommandHost.Team, CancellationToken.None));
        Assert.Empty(await _host.Get<IRosterStore>().FindMembershipsAsync(RepId.From(People.Dana.AadObjectId), CancellationToken.None));
        Assert.Empty(await _host.Get<IDealStore>().ListTeamAsync(CommandHost.Team, CancellationToken.None));
        Assert.Empty(await _host.Get<ISubmissionStore>().ListWeekAsync(CommandHost.Team, Week, CancellationToken.None));
        Assert.Empty(await _host.AuditAsync());
        var records = await _host.Get<ITeamDataStore>().ListErasuresAsync(10, CancellationToken.None);
        Assert.Equal([TeamErasureStage.Completed, TeamErasureStage.Started], records.Select(r => r.Stage));
        Assert.All(records, r => Assert.Equal((CommandHost.Team, "Sales EMEA", People.Boris.AadObjectId), (r.Team, r.TeamName, r.Actor.Value)));
        Assert.Equal(1, records[0].Counts.Settings);
        Assert.Equal(records[1].Counts.Roster, records[0].Counts.Roster);

        var again = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "delete team data in Sales EMEA confirm"));
        Assert.DoesNotContain("Secret renewal", again, StringComparison.Ordinal);
    }

    /// <summary>Teams' <c>installationUpdate</c> when BotCommit is removed from the team.</summary>
    private JsonObject BotRemoved(TestPerson by)
    {
        var activity = _host.ChannelMessage(by, string.Empty);
        activity["type"] = "installationUpdate";
        activity.Remove("text");
        activity.Remove("entities");
        activity["conversation"]!["id"] = CommandHost.TeamIdValue;
        activity["channelData"]!["channel"]!["id"] = CommandHost.TeamIdValue;
        activity["action"] = "remove";
        return activity;
    }
}
