using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Tests.Commands;

/// <summary><c>status</c> (with reachability), <c>audit</c> and <c>export</c>.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReportCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Status_ListsRepsByStateAndWhoCannotBeReachedWithWhatToDo()
    {
        await SeedWeekAsync();
        await SaveReferenceAsync(People.Dana, ConversationReferenceStates.Active);
        await SaveReferenceAsync(People.Chen, ConversationReferenceStates.Blocked);
        await SaveReferenceAsync(People.Farah, ConversationReferenceStates.Active);

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "status"));

        Assert.Contains("Week 2026-W49 — Sales EMEA", answer, StringComparison.Ordinal);
        Assert.Contains("Submitted on time (1): Dana Kim", answer, StringComparison.Ordinal);
        Assert.Contains("Submitted late (1): Chen Wei", answer, StringComparison.Ordinal);
        Assert.Contains("Missing (1): Emil Novak", answer, StringComparison.Ordinal);
        Assert.Contains("Away or skipping (1): Farah Haddad", answer, StringComparison.Ordinal);
        Assert.Contains("Chen Wei: blocked BotCommit", answer, StringComparison.Ordinal);
        Assert.Contains("Emil Novak: has no chat with BotCommit yet", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana Kim: ", answer, StringComparison.Ordinal);
        Assert.Contains("Setup policies", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_RepWhoseCardMayNotHaveArrived_IsListedWithNudgeNow()
    {
        await SeedWeekAsync();
        var actions = _host.Get<IActionLog>();
        foreach (var person in new[] { People.Emil, People.Dana })
        {
            await actions.SaveAsync(
                new ActionRecord(CommandHost.Team, Week, person.AadObjectId, ScheduledActionKind.Nudge)
                {
                    State = ActionState.Failed,
                    UpdatedAt = _host.Clock.GetUtcNow(),
                    Detail = ActionRecord.DeliveryUnknownDetail,
                },
                null,
                CancellationToken.None);
        }

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "status"));

        // Dana submitted since, so only Emil still needs the card.
        Assert.Contains("The check-in card may not have reached 1 of them (BotCommit restarted while sending it, or Teams gave no certain answer): Emil Novak.", answer, StringComparison.Ordinal);
        Assert.Contains("nudge now @name", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NoReps_SaysHowToAddThem()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "status"));

        Assert.Contains("import roster", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_ShowsTheLatestChangesNewestFirstWithNamesAndLabels()
    {
        await _host.AddRepAsync(People.Dana);
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set deadline Monday 08:00"));
        _host.Clock.Advance(TimeSpan.FromMinutes(5));
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set target month 2026-12 400k for <at>Dana Kim</at>", People.Dana));

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "audit"));

        var target = answer.IndexOf("**Month target 2026\\-12 Dana Kim**", StringComparison.Ordinal);
        var deadline = answer.IndexOf("**Deadline**: Monday 07:00 → Monday 08:00", StringComparison.Ordinal);
        Assert.True(target >= 0 && deadline > target, answer.Replace("\n", " | ", StringComparison.Ordinal));
        Assert.Contains("Olivia Ops", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_MoreThanTwentyChanges_ShowsTheLatestTwenty()
    {
        for (var hour = 0; hour < 22; hour++)
        {
            await _host.Get<IAuditLog>().AppendAsync(
                new AuditEntry(CommandHost.Team, CommandHost.Now.AddMinutes(hour), RepId.From(People.Olivia.AadObjectId), "currency", "A" + hour, "B" + hour),
                CancellationToken.None);
        }

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "audit"));

        Assert.Equal(20, answer.Split('\n').Count(l => l.StartsWith("**Currency**", StringComparison.Ordinal)));
        Assert.Contains("B21", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("B1\n", answer + "\n", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Week_SendsTheSubmissionsCsvAsPlainText()
    {
        await SeedWeekAsync();

        var sent = (await _host.SendAsync(_host.ChannelMessage(People.Olivia, "export 2026-W49")))
            .Where(r => r.Path.Contains("a:created-", StringComparison.Ordinal)) // the personal chat opened for Olivia
            .ToList();

        Assert.Equal(5, sent.Count); // intro + CSV, then intro + summary JSON + settings JSON
        Assert.Contains("Submissions for **2026-W49**: 2 reps, 2 deal rows", Replies.Text(System.Text.Json.Nodes.JsonNode.Parse(sent[0].Body)!), StringComparison.Ordinal);
        var summary = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.Nodes.JsonNode.Parse(sent[3].Body)!["text"]!.GetValue<string>())!;
        Assert.Equal("2026-W49", summary["week"]!.GetValue<string>());
        Assert.NotNull(summary["team"]!["thisWeekCommit"]);
        Assert.Equal(2, summary["reps"]!.AsArray().Count(r => r!["submitted"]!.GetValue<bool>()));
        var settings = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.Nodes.JsonNode.Parse(sent[4].Body)!["text"]!.GetValue<string>())!;
        Assert.NotNull(settings["timeZone"]);
        var csv = System.Text.Json.Nodes.JsonNode.Parse(sent[1].Body)!;
        Assert.Equal("plain", csv["textFormat"]!.GetValue<string>());
        var lines = csv["text"]!.GetValue<string>().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("week,rep_id,rep_name,deal_id", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2026-W49," + People.Chen.AadObjectId + ",Chen Wei,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WeekWithoutSubmissions_SaysSo()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "export"));

        Assert.Contains("No submissions are stored for 2026-W49 yet", answer, StringComparison.Ordinal);
    }

    private async Task SeedWeekAsync()
    {
        await _host.AddRepAsync(People.Dana);
        await _host.AddRepAsync(People.Chen);
        await _host.AddRepAsync(People.Emil);
        await _host.AddRepAsync(People.Farah, r => r with { AwayUntil = new DateOnly(2026, 12, 14) });
        await _host.AddRepAsync(People.Rita, r => r with { Active = false });
        var deal = new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 3), Stage.From(90));
        var submissions = _host.Get<ISubmissionStore>();
        await submissions.SaveAsync(new Submission(CommandHost.Team, Week, RepId.From(People.Dana.AadObjectId), [deal])
        {
            RepName = "Dana Kim",
            SubmittedAt = CommandHost.Now.AddDays(-3),
        }, null, CancellationToken.None);
        await submissions.SaveAsync(new Submission(CommandHost.Team, Week, RepId.From(People.Chen.AadObjectId), [deal])
        {
            RepName = "Chen Wei",
            SubmittedAt = CommandHost.Now.AddDays(-1),
            Late = true,
        }, null, CancellationToken.None);
    }

    private Task SaveReferenceAsync(TestPerson person, string state) =>
        _host.Get<IConversationReferenceStore>().SaveAsync(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _host.Connector.ServiceUrl.ToString(),
            Conversation = new ConversationAccount { Id = "a:personal-" + person.TeamsId[3..], ConversationType = "personal" },
            User = new ChannelAccount { Id = person.TeamsId, Name = person.Name, AadObjectId = person.AadObjectId },
            Bot = new ChannelAccount { Id = CommandHost.BotId, Name = "BotCommit" },
            State = state,
        }, CancellationToken.None);
}
