using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Bot.Progress;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue #19 item 3: a 300-rep <c>nudge now</c> answers at once with one progress card, then replaces that same card in
/// place (PUT on its activity id) now and then, never once per rep, and ends with the right counts and the time taken:
/// 270 reps with a personal chat get their card, 10 whose chat Teams keeps throttling (429) are "throttled", 20 who
/// never opened BotCommit are "failed". The host's clock is advanced while the fan-out runs, so the card's
/// once-a-second updates happen.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class NudgeProgressTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Reps = 300;
    private const int NeverOpened = 20;
    private const int Throttled = 10;
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["BotCommit:Progress:UpdateInterval"] = "00:00:01",
            ["BotCommit:Connector:MaxAttempts"] = "2",
        });
        var roster = _host.Get<IRosterStore>();
        var references = _host.Get<IConversationReferenceStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Reps), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
        {
            await roster.SaveAsync(new Rep(CommandHost.Team, RepId.From(RepOf(i)), "Rep " + i.ToString(CultureInfo.InvariantCulture)), null, token);
            if (i >= NeverOpened)
            {
                await references.SaveAsync(new ConversationReference
                {
                    ChannelId = "msteams",
                    ServiceUrl = _host.Connector.ServiceUrl.ToString(),
                    TenantId = CommandHost.Tenant,
                    Conversation = new ConversationAccount { Id = ChatOf(i), ConversationType = "personal" },
                    Bot = new ChannelAccount { Id = CommandHost.BotId },
                    User = new ChannelAccount { Id = "29:rep-" + i.ToString(CultureInfo.InvariantCulture), AadObjectId = RepOf(i) },
                    State = ConversationReferenceStates.Active,
                }, token);
            }
        });

        // Teams keeps answering 429 for the last ten reps' chats.
        var throttled = Enumerable.Range(Reps - Throttled, Throttled).Select(i => "/conversations/" + ChatOf(i) + "/").ToList();
        _host.Connector.Responder = request => request.Method == "POST" && throttled.Any(t => request.Path.Contains(t, StringComparison.Ordinal))
            ? ScriptedConnectorResponse.Throttled("0")
            : null;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NudgeNow_300Reps_AnswersAtOnceThenUpdatesOneCardInPlaceAndEndsWithTheRightCounts()
    {
        var before = _host.Connector.Requests.Count;

        await _host.Host.PostActivityAsync(_host.ChannelMessage(People.Olivia, "nudge now"));
        var answeredAt = _host.Connector.Requests.Count;
        var idle = _host.Get<LongWork>().WhenIdleAsync();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var advanced = 0;
        while (!idle.IsCompleted && DateTime.UtcNow < deadline)
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1)); // one update interval per 200 ms of real time
            advanced++;
            await Task.WhenAny(idle, Task.Delay(200));
        }

        await idle.WaitAsync(TimeSpan.FromSeconds(5));
        var sent = _host.Connector.Requests.Skip(before).ToList();
        var progress = Assert.Single(sent, r => r.Method == "POST" && r.Body.Contains("Nudging the reps of Sales EMEA", StringComparison.Ordinal));
        Assert.Contains(progress, sent.Take(answeredAt - before)); // posted within the turn, before the fan-out
        var updates = sent.Where(r => r.Method == "PUT").ToList();
        Assert.All(updates, u => Assert.StartsWith(progress.Path + "/", u.Path, StringComparison.Ordinal));
        Assert.Single(updates.Select(u => u.Path).Distinct());
        Assert.InRange(updates.Count, 2, advanced + 1); // at most one per interval, plus the final one
        Assert.True(updates.Count < Reps / 3, $"{updates.Count} updates for {Reps} reps");
        Assert.Contains(updates.SkipLast(1), u => Text(u).Contains("this card updates itself", StringComparison.Ordinal));

        var final = Text(updates[^1]);
        Assert.Contains("Nudged for 2026-W49", final, StringComparison.Ordinal);
        Assert.Contains("Sent: 270", final, StringComparison.Ordinal);
        Assert.Contains("Queued: 0", final, StringComparison.Ordinal);
        Assert.Contains("Throttled by Teams (retried later): 10", final, StringComparison.Ordinal);
        Assert.Contains("Failed (could not be reached): 20", final, StringComparison.Ordinal);
        Assert.Matches(@"Done in \d+ (s|min \d+ s)\.", final);
        var cards = sent.Where(r => r.Method == "POST" && r.Path.Contains("/conversations/chat", StringComparison.Ordinal)).ToList();
        Assert.Equal(Reps - NeverOpened, cards.Select(c => c.Path).Distinct().Count());
    }

    private static string Text(RecordedConnectorRequest request) => Replies.Text(JsonNode.Parse(request.Body)!);

    private static string RepOf(int i) => "bbbbbbbb-0000-4000-8000-" + i.ToString("D12", CultureInfo.InvariantCulture);

    private static string ChatOf(int i) => "chat" + i.ToString("D3", CultureInfo.InvariantCulture);
}
