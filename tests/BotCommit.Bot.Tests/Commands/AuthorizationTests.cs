using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Only admins change anything: every admin command from a rep is refused politely with the admins' names, nothing
/// is stored or audited; bootstrap admins are admins of every team; bad arguments get an example of the right form.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class AuthorizationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public static TheoryData<string> AdminCommands =>
    [
        "status", "audit", "export", "export 2026-W49", "nudge now", "nudge now @Dana", "summary now", "post summary", "set channel",
        "set timezone Europe/Berlin", "set nudge Sunday 17:00", "set reminder none", "set deadline Monday 8:00", "set summary Monday 8:30",
        "set call Monday 9:30", "set target month 2026-12 1m", "set target quarter Q4 2026 3m for @Dana", "set fiscal year start July",
        "set currency EUR", "import roster", "add rep @Dana", "remove rep @Dana", "set manager @Dana @Chen", "add admin @Rita",
        "remove admin @Olivia", "away @Dana until 2026-12-14", "back @Dana", "skip week 2026-W52 Christmas", "unskip week 2026-W52",
        "pause", "resume", "reassign deals @Emil @Dana",
    ];

    public static TheoryData<string, string> BadArguments => new()
    {
        { "set deadline someday", "**set deadline Monday 07:00**" },
        { "set deadline", "**set deadline Monday 07:00**" },
        { "set nudge Sunday 25:00", "**set nudge Sunday 16:00**" },
        { "set summary 8:00", "**set summary Monday 08:00**" },
        { "set call Funday 9:00", "**set call Monday 09:00**" },
        { "set timezone Mars/Olympus", "**set timezone Europe/Berlin**" },
        { "set reminder sun 20:00, mon 6:00, mon 6:30", "**set reminder Sunday 20:00, Monday 6:30**" },
        { "set target month 2026-12 lots", "**set target month 2026-12 1.2m**" },
        { "set target 2026-12 1m", "**set target month 2026-12 1.2m**" },
        { "set target month 2026-12 1,5m", "**set target month 2026-12 1.2m**" },
        { "set target month Smarch 1m", "**set target month 2026-12 1.2m**" },
        { "set fiscal year start Smarch", "**set fiscal year start July**" },
        { "set currency XYZ", "**set currency EUR**" },
        { "skip week 2026-W52", "**skip week 2026-W52 Christmas**" },
        { "unskip week whenever", "**unskip week 2026-W52**" },
        { "add rep", "**add rep @Dana Kim**" },
        { "remove rep Dana", "**remove rep @Dana Kim**" },
        { "add admin", "**add admin @Farah Haddad**" },
        { "remove admin", "**remove admin @Farah Haddad**" },
        { "set manager @Dana", "**set manager @Dana Kim @Chen Wei**" },
        { "away @Dana until someday", "**away @Dana Kim until 2026-12-14**" },
        { "away @Dana until 2020-01-01", "**away @Dana Kim until 2026-12-14**" },
        { "back @Dana @Chen", "**back @Dana Kim**" },
        { "reassign deals @Emil", "**reassign deals @Emil Novak @Dana Kim**" },
        { "export 2026-W99", "**export 2026-W49**" },
        { "nudge now please", "**nudge now @Dana Kim**" },
    };

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        await _host.AddRepAsync(People.Rita);
        await _host.AddRepAsync(People.Dana);

        // Olivia has opened BotCommit once, so her name is known although she is not on the roster.
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(AdminCommands))]
    public async Task AdminCommand_FromARep_IsRefusedNamingTheAdminsAndChangesNothing(string command)
    {
        var before = await _host.TeamAsync();

        var sent = await _host.SendAsync(_host.Command(People.Rita, command));

        var reply = Assert.Single(sent);
        Assert.Contains("Sorry, only the admins of Sales EMEA can do that. Please ask Olivia Ops.", Replies.Text(System.Text.Json.Nodes.JsonNode.Parse(reply.Body)!), StringComparison.Ordinal);
        Assert.Empty(await _host.AuditAsync());
        Assert.Equal(Snapshot(before), Snapshot(await _host.TeamAsync()));
        Assert.Equal(2, (await _host.Get<Forecasting.Ports.IRosterStore>().ListAsync(CommandHost.Team, CancellationToken.None)).Count);
    }

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task AdminCommand_BadArguments_AnswersWithAnExampleAndChangesNothing(string command, string example)
    {
        var before = await _host.TeamAsync();

        var answer = await _host.AnswerAsync(_host.Command(People.Olivia, command));

        Assert.Contains(example, answer, StringComparison.Ordinal);
        Assert.Empty(await _host.AuditAsync());
        Assert.Equal(Snapshot(before), Snapshot(await _host.TeamAsync()));
    }

    [Fact]
    public async Task Refusal_WhenNoAdminNameIsKnown_NamesYourSalesOpsAdmins()
    {
        await using var host = await CommandHost.StartAsync(azurite.ConnectionString);

        var answer = await host.AnswerAsync(host.Command(People.Rita, "pause"));

        Assert.Contains("Please ask your sales ops admins.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BootstrapAdmin_NotListedOnTheTeam_MayChangeItsSettings()
    {
        var answer = await _host.AnswerAsync(_host.Command(People.Boris, "set currency CHF"));

        Assert.Equal("CHF", (await _host.TeamAsync()).Currency);
        Assert.Contains("Currency changed", answer, StringComparison.Ordinal);
        Assert.Equal(People.Boris.AadObjectId, Assert.Single(await _host.AuditAsync()).Actor.Value);
    }

    [Fact]
    public async Task Command_WithoutAnAadObjectId_IsRefused()
    {
        var message = _host.Command(People.Olivia, "pause");
        message["from"]!.AsObject().Remove("aadObjectId");

        var answer = await _host.AnswerAsync(message);

        Assert.Contains("only the admins", answer, StringComparison.Ordinal);
        Assert.False((await _host.TeamAsync()).Paused);
    }

    [Fact]
    public async Task Command_WithAnIdentityInTheText_IgnoresTheText()
    {
        var answer = await _host.AnswerAsync(_host.Command(People.Rita, "set currency EUR from " + People.Olivia.AadObjectId));

        Assert.Contains("only the admins", answer, StringComparison.Ordinal);
        Assert.Equal("USD", (await _host.TeamAsync()).Currency);
    }

    [Fact]
    public async Task Mention_WithoutAnEntity_IsNotTrusted()
    {
        var message = _host.ChannelMessage(People.Olivia, "add rep <at>Dana Kim</at>");

        var answer = await _host.AnswerAsync(message);

        Assert.Contains("could not tell who you mentioned", answer, StringComparison.Ordinal);
        Assert.Empty(await _host.AuditAsync());
    }

    [Fact]
    public async Task SettingsEditedConcurrently_TheCommandReadsTheLatestVersion()
    {
        await _host.AnswerAsync(_host.Command(People.Olivia, "set currency EUR"));
        await _host.SaveTeamAsync(await _host.TeamAsync() with { Name = "Sales EMEA (renamed)" });

        await _host.AnswerAsync(_host.Command(People.Olivia, "set timezone Europe/Paris"));

        var team = await _host.TeamAsync();
        Assert.Equal(("EUR", "Europe/Paris", "Sales EMEA (renamed)"), (team.Currency, team.TimeZoneId, team.Name));
        Assert.Equal(RepId.From(People.Olivia.AadObjectId), Assert.Single(team.Admins));
    }

    /// <summary>Everything an admin command could change, as one comparable text.</summary>
    private static string Snapshot(TeamSettings team) => string.Join('|',
        team.TimeZoneId,
        team.Currency,
        team.FiscalYearStartMonth,
        team.Paused,
        team.Schedule.Nudge,
        string.Join(',', team.Schedule.Reminders.Select(r => $"{r.At}/{r.Clock}")),
        team.Schedule.Deadline,
        team.Schedule.Summary,
        team.Schedule.Call,
        string.Join(',', team.MonthTargets.Select(p => $"{p.Key}={p.Value}")),
        string.Join(',', team.QuarterTargets.Select(p => $"{p.Key}={p.Value}")),
        string.Join(',', team.SkippedWeeks.Select(p => $"{p.Key}={p.Value}")),
        string.Join(',', team.Admins));
}
