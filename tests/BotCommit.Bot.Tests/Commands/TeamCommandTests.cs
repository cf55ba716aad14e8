using System.Text.Json.Nodes;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Targets, fiscal year start, currency and the summary channel.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TeamCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("set target month 2026-12 1.2m", "2026-12", 1_200_000)]
    [InlineData("set target month Dec 2026 1,200,000", "2026-12", 1_200_000)]
    [InlineData("set targets month january 2027 $250k", "2027-01", 250_000)]
    [InlineData("set target month 950000.50 next month", "2027-01", 950_000.50)]
    [InlineData("set target month 12/2026 1200000 USD", "2026-12", 1_200_000)]
    public async Task SetTarget_TeamMonth_StoresTheAmountAndAudits(string command, string month, decimal amount)
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        Assert.Equal(amount, (await _host.TeamAsync()).MonthTargets[month]);
        Assert.Contains("Team target for", answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal("monthTarget:" + month, entry.Setting);
        Assert.Equal(amount, decimal.Parse(entry.NewValue!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("set target quarter Q4 2026 3m", "2026-10")]
    [InlineData("set target quarter 2026-Q4 3,000,000", "2026-10")]
    [InlineData("set target quarter this quarter 3m", "2026-10")]
    [InlineData("set target quarter Oct 2026 3m", "2026-10")]
    [InlineData("set target quarterly 3m next quarter", "2027-01")]
    public async Task SetTarget_TeamQuarter_KeysByTheQuartersFirstMonth(string command, string key)
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        Assert.Equal(3_000_000m, (await _host.TeamAsync()).QuarterTargets[key]);
    }

    [Fact]
    public async Task SetTarget_QuarterWithJulyFiscalYear_NamesFiscalYearsByTheirEnd()
    {
        await _host.SaveTeamAsync(await _host.TeamAsync() with { FiscalYearStartMonth = 7 });

        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set target quarter Q1 2027 2m"));

        Assert.Equal(2_000_000m, (await _host.TeamAsync()).QuarterTargets["2026-07"]);
    }

    [Fact]
    public async Task SetTarget_ForAMentionedRep_StoresItOnTheRep()
    {
        await _host.AddRepAsync(People.Dana);

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set target month 2026-12 400k for <at>Dana Kim</at>", People.Dana));

        Assert.Equal(400_000m, (await _host.RepAsync(People.Dana))!.MonthTargets["2026-12"]);
        Assert.Empty((await _host.TeamAsync()).MonthTargets);
        Assert.Contains("Dana Kim", answer, StringComparison.Ordinal);
        Assert.Equal("monthTarget:2026-12:" + People.Dana.AadObjectId, Assert.Single(await _host.AuditAsync()).Setting);
    }

    [Fact]
    public async Task SetTarget_None_RemovesTheTarget()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set target month 2026-12 1m"));
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set target month 2026-12 none"));

        Assert.Empty((await _host.TeamAsync()).MonthTargets);
        var latest = (await _host.AuditAsync())[0];
        Assert.Equal(("1000000", null), (latest.OldValue, latest.NewValue));
    }

    [Fact]
    public async Task SetTarget_QuarterNotStartingAQuarter_ExplainsTheFiscalQuarters()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set target quarter 2026-11 3m"));

        Assert.Contains("does not start a quarter", answer, StringComparison.Ordinal);
        Assert.Contains("set target month 2026-12 1.2m", answer, StringComparison.Ordinal);
        Assert.Empty((await _host.TeamAsync()).QuarterTargets);
    }

    [Theory]
    [InlineData("set fiscal year start July", 7)]
    [InlineData("set fiscal year start apr", 4)]
    [InlineData("set fy start 10", 10)]
    public async Task SetFiscalYearStart_MonthNameOrNumber_Stores(string command, int month)
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        Assert.Equal(month, (await _host.TeamAsync()).FiscalYearStartMonth);
        Assert.Contains("Fiscal year start changed", answer, StringComparison.Ordinal);
        Assert.Equal("fiscalYearStartMonth", Assert.Single(await _host.AuditAsync()).Setting);
    }

    [Fact]
    public async Task SetCurrency_LowerCaseCode_StoresUpperCaseAndSaysAmountsAreNotConverted()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set currency eur"));

        Assert.Equal("EUR", (await _host.TeamAsync()).Currency);
        Assert.Contains("not converted", answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(("currency", "USD", "EUR"), (entry.Setting, entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task SetChannel_InTheManagersChannel_StoresTheChoiceForTheSummaryPublisher()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set channel"));

        var channel = (await _host.TeamAsync()).SummaryChannel;
        Assert.NotNull(channel);
        Assert.Equal((CommandHost.ManagersChannel, "Managers"), (channel.ConversationId, channel.Name));
        Assert.Contains("Now: Managers", answer, StringComparison.Ordinal);
        var entries = (await _host.AuditAsync()).OrderBy(e => e.Setting, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [("summaryChannel", null, "Managers"), ("summaryChannelRepReaders", null, "0")], // who can read it is audited with the choice
            entries.Select(e => (e.Setting, e.OldValue, e.NewValue)));
        Assert.Equal(0, channel.RepReaders);
    }

    [Fact]
    public async Task SetChannel_InPersonalChat_AsksToTypeItInTheChannel()
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "set channel"));

        Assert.Contains("in the team channel that should get the Monday summary", answer, StringComparison.Ordinal);
        Assert.Null((await _host.TeamAsync()).SummaryChannel);
    }
}
