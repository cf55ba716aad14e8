using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Which team a command is for, help per reader, and the rep words that share a name with admin commands.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ResolutionAndHelpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TeamId Apac = TeamId.From("19:team-apac@thread.tacv2");
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Help_ForARep_ListsOnlyRepCommands()
    {
        await _host.AddRepAsync(People.Rita);

        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "help"));

        Assert.Contains("commit:", answer, StringComparison.Ordinal);
        Assert.Contains("away until DATE:", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("set deadline DAY TIME", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("status:", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Olivia")]
    [InlineData("Boris")]
    public async Task Help_ForAnAdmin_ListsEveryCommand(string who)
    {
        var person = who == "Olivia" ? People.Olivia : People.Boris;

        var answer = await _host.AnswerAsync(_host.PersonalMessage(person, "HELP"));

        foreach (var title in new[] { "commit", "status", "set deadline DAY TIME", "set channel", "reassign deals @from @to", "away @rep until DATE", "skip week WEEK REASON", "audit" })
        {
            Assert.Contains(title + ":", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonalChat_AdminOfOneTeam_AppliesToThatTeam()
    {
        await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "set currency EUR"));

        Assert.Equal("EUR", (await _host.TeamAsync()).Currency);
    }

    [Fact]
    public async Task PersonalChat_NoTeam_ExplainsHowToAddBotCommitToTheTeam()
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Dana, "status"));

        Assert.Contains("add BotCommit to your sales team", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_SeveralTeams_AsksToPickAndInTeamNamePicks()
    {
        await _host.SaveTeamAsync(new TeamSettings(Apac) { Name = "Sales APAC" });

        var ambiguous = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "set currency EUR"));
        var picked = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "set currency SGD in sales apac"));

        Assert.Contains("**Sales EMEA**", ambiguous, StringComparison.Ordinal);
        Assert.Contains("**Sales APAC**", ambiguous, StringComparison.Ordinal);
        Assert.Contains("**set currency EUR in Sales", ambiguous, StringComparison.Ordinal);
        Assert.Contains("Currency changed", picked, StringComparison.Ordinal);
        Assert.Equal("SGD", (await _host.TeamAsync(Apac)).Currency);
        Assert.Equal("USD", (await _host.TeamAsync()).Currency);
    }

    [Fact]
    public async Task PersonalChat_RepOfOneTeam_IsRefusedForThatTeam()
    {
        await _host.AddRepAsync(People.Rita);

        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "pause"));

        Assert.Contains("only the admins of Sales EMEA", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_OfATeamWithoutSettings_RefusesOthersAndSetsUpForABootstrapAdmin()
    {
        await using var host = await CommandHost.StartAsync(azurite.ConnectionString, seedTeam: false);

        var refused = await host.AnswerAsync(host.Command(People.Rita, "status"));
        var created = await host.AnswerAsync(host.Command(People.Boris, "set timezone Asia/Tokyo"));

        Assert.Contains("not set up for this team yet", refused, StringComparison.Ordinal);
        Assert.Contains("Time zone changed", created, StringComparison.Ordinal);
        var team = await host.TeamAsync();
        Assert.Equal(("Sales EMEA", "Asia/Tokyo"), (team.Name, team.TimeZoneId));
    }

    [Fact]
    public async Task RepWords_WithoutAWeekOrMention_StayTheRepsOwnCommands()
    {
        await _host.AddRepAsync(People.Rita);

        var skip = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "skip week parental leave"));
        var away = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "away until 2026-12-20"));

        Assert.Contains("Noted: you skip 2026-W49", skip, StringComparison.Ordinal);
        Assert.Contains("Noted: you are away until", away, StringComparison.Ordinal);
        Assert.Empty((await _host.TeamAsync()).SkippedWeeks);
    }

    [Fact]
    public async Task Back_FromAnAwayRep_ClearsTheirOwnDate()
    {
        await _host.AddRepAsync(People.Rita, r => r with { AwayUntil = new DateOnly(2026, 12, 20) });

        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "I'm back"));

        Assert.Contains("Welcome back", answer, StringComparison.Ordinal);
        Assert.Null((await _host.RepAsync(People.Rita))!.AwayUntil);
    }
}
