using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards.Regions;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>The manager's call card's Submit (issue #17): the typed figures and notes reach storage through RecordCall.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class CallCardTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek s_week = ForecastWeek.Parse("2026-W49"); // the host's clock is Wednesday of it
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        var region = new OrgNode(NodeId.From("region:emea"), NodeKind.Region, "EMEA");
        var team = OrgNode.ForTeam(CommandHost.Team, "Sales EMEA") with { Parent = region.Id, Managers = [RepId.From(People.Dana.AadObjectId)] };
        await _host.Get<IOrgTreeStore>().SaveAsync(OrgTree.Create([region, team]), null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static JsonObject Data(decimal thisWeekCommit, string? note) => new()
    {
        [CallVerbs.NodeKey] = CommandHost.TeamIdValue,
        [CallVerbs.WeekKey] = s_week.ToString(),
        [CallVerbs.FigureInput(CallFigure.ThisWeekCommit)] = thisWeekCommit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [CallVerbs.NoteInput(CallFigure.ThisWeekCommit)] = note,
    };

    [Fact]
    public async Task Submit_ByTheTeamsManager_IsStoredWithItsNote_AfterTheDeadlineAsARevision()
    {
        var answer = await _host.InvokeAsync(_host.Invoke(People.Dana, CallVerbs.Submit, Data(500m, "big renewal signs Friday"), inChannel: false));

        var stored = Assert.Single(await _host.Get<ICallStore>().ListSubmissionsAsync(NodeId.From(CommandHost.TeamIdValue), s_week, CancellationToken.None));
        Assert.Equal(RepId.From(People.Dana.AadObjectId), stored.Submitter);
        var change = Assert.Single(stored.Changes);
        Assert.Equal((CallFigure.ThisWeekCommit, 500m, "big renewal signs Friday"), (change.Figure, change.Value, change.Note));
        Assert.Contains("revision", answer.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ChangedFigureWithoutANote_IsRefusedInWords_AndNothingStored()
    {
        var answer = await _host.InvokeAsync(_host.Invoke(People.Dana, CallVerbs.Submit, Data(500m, null), inChannel: false));

        Assert.Contains("write why you changed it", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _host.Get<ICallStore>().ListSubmissionsAsync(NodeId.From(CommandHost.TeamIdValue), s_week, CancellationToken.None));
    }

    [Fact]
    public async Task Submit_BySomeoneWhoIsNotAManager_IsRefused()
    {
        var answer = await _host.InvokeAsync(_host.Invoke(People.Chen, CallVerbs.Submit, Data(500m, "I think so"), inChannel: false));

        Assert.Contains("Only the managers", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _host.Get<ICallStore>().ListSubmissionsAsync(NodeId.From(CommandHost.TeamIdValue), s_week, CancellationToken.None));
    }
}
