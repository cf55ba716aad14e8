using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// <c>export region</c>'s refusals through the host, each one friendly line in the reader's language: a team's admin is
/// not a region's reader; a region's manager may export their own region but not a sibling; a name that is no region; a
/// week whose summary was not posted; a week that cannot be read. (The export itself, downloaded and recomputed offline,
/// is in <see cref="RegionWeekThroughTheHostTests"/>.)
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class RegionExportCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        OrgNode Region(string id, string name, string? parent, TestPerson? manager) => new(NodeId.From(id), NodeKind.Region, name)
        {
            Parent = parent is null ? null : NodeId.From(parent),
            Managers = manager is null ? [] : [RepId.From(manager.AadObjectId)],
        };
        await _host.Get<IOrgTreeStore>().SaveAsync(OrgTree.Create(
        [
            Region("org", "Org", null, null),
            Region("emea", "EMEA West", "org", People.Dana),
            Region("apac", "APAC", "org", People.Chen),
            OrgNode.ForTeam(CommandHost.Team, "Sales EMEA") with { Parent = NodeId.From("emea") },
        ]), null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TeamAdmin_IsNotARegionsReader()
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "export region EMEA West"));

        Assert.Contains("Only sales ops and the managers of **EMEA West**", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionManager_MayNotExportASibling_NorLearnWhichNamesExist()
    {
        Assert.Contains("Only sales ops and the managers of **APAC**", await _host.AnswerAsync(_host.PersonalMessage(People.Dana, "export region APAC")), StringComparison.Ordinal);
        Assert.Contains("Only sales ops and the managers of **Org**", await _host.AnswerAsync(_host.PersonalMessage(People.Dana, "export region Org")), StringComparison.Ordinal);
        Assert.Contains("Only sales ops", await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "export region Nowhere")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionManager_OwnRegionWithoutAPostedSummary_IsToldSo()
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Dana, "export region emea west 2026-W49"));

        Assert.Contains("No summary of **EMEA West** has been posted for 2026-W49", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SalesOps_UnknownRegion_BadWeek_AndTheChineseForms()
    {
        Assert.Contains("There is no region called **Nowhere**", await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "export region Nowhere")), StringComparison.Ordinal);
        Assert.Contains("I could not read a week in “next year”", await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "export region APAC next year")), StringComparison.Ordinal);
        Assert.Contains("Name the region", await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "export region")), StringComparison.Ordinal);

        var simplified = _host.PersonalMessage(People.Boris, "导出大区 APAC 2026-W49");
        simplified["locale"] = "zh-CN";
        Assert.Contains("**APAC** 在 2026年第49周 还没有发布汇总", await _host.AnswerAsync(simplified), StringComparison.Ordinal);
        var traditional = _host.PersonalMessage(People.Boris, "匯出大區APAC 2026-W49");
        traditional["locale"] = "zh-TW";
        Assert.Contains("**APAC** 在 2026年第49週 還沒有發布彙總", await _host.AnswerAsync(traditional), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostedBeforeInputsWereKept_WithoutADownloadAddress_TheJsonComesAsText_ReadAsOfThePost()
    {
        var key = RunRegionTick.SummaryKey(NodeId.From("apac"), ForecastWeek.Parse("2026-W49"));
        var postedAt = new DateTimeOffset(2026, 12, 1, 12, 30, 0, TimeSpan.Zero);
        await _host.Get<IActionLog>().SaveAsync(key with { State = ActionState.Completed, UpdatedAt = postedAt }, null, CancellationToken.None);

        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Chen, "export region APAC 2026-W49"));

        Assert.Contains("Download links are not set up here", answer, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2026-12-01T12:30:00+00:00\"", answer, StringComparison.Ordinal); // the export JSON, as of the post
        Assert.Contains("\"biggestJudgements\"", answer, StringComparison.Ordinal); // the region summary JSON
    }

    [Fact]
    public async Task TypedInAChannel_TheAnswerGoesPrivately()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Boris, "hi"));

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Boris, "export region APAC 2026-W49"));

        Assert.Contains(sent, r => r.Path.Contains("a:personal-boris", StringComparison.Ordinal) && r.Body.Contains("has been posted", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, r => r.Path.Contains("managers", StringComparison.Ordinal) && r.Body.Contains("APAC", StringComparison.Ordinal));
    }
}
