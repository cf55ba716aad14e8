using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// The real host on Azurite with the fake Teams connector, a fixed clock (Wednesday 2026-12-02 10:00 UTC, review week
/// 2026-W49), one bootstrap admin (Boris), and a team "Sales EMEA" whose own admin is Olivia and whose members are
/// served by the connector. Builds the activities Teams sends for a channel @mention, a personal chat and a card button.
/// </summary>
internal sealed class CommandHost : IAsyncDisposable
{
    public const string TeamIdValue = "19:team-sales@thread.tacv2";
    public const string ManagersChannel = "19:managers@thread.tacv2";
    public const string BotId = "28:botcommit";
    public const string Tenant = "11111111-1111-1111-1111-111111111111";
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly TeamId Team = TeamId.From(TeamIdValue);

    private CommandHost(BotHost host, FakeTeamsConnector connector, FakeTimeProvider clock)
    {
        Host = host;
        Connector = connector;
        Clock = clock;
    }

    public BotHost Host { get; }

    public FakeTeamsConnector Connector { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<CommandHost> StartAsync(string tables, IReadOnlyDictionary<string, string?>? settings = null, bool seedTeam = true)
    {
        var clock = new FakeTimeProvider(Now);
        var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        connector.MemberPageSize = 2;
        foreach (var person in People.TeamMembers)
        {
            connector.Members.Add(People.Member(person));
        }

        // The connector's pacing buckets refill on the host's clock, which these tests freeze: allow a test's worth of calls.
        var all = new Dictionary<string, string?>
        {
            ["BotCommit:BootstrapAdmins:0"] = People.Boris.AadObjectId,
            ["BotCommit:Connector:GlobalPermitsPerSecond"] = "10000",
            ["BotCommit:Connector:ConversationPermitsPerSecond"] = "10000",
            ["BotCommit:Connector:ConversationPermitsPerWindow"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new BotHost(tables, settings: all, clock: clock);
        _ = host.Server;
        var commandHost = new CommandHost(host, connector, clock);
        if (seedTeam)
        {
            await commandHost.SaveTeamAsync(new TeamSettings(Team) { Name = "Sales EMEA", TimeZoneId = "UTC", Admins = [RepId.From(People.Olivia.AadObjectId)] });
        }

        return commandHost;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task SaveTeamAsync(TeamSettings settings)
    {
        var store = Get<ITeamSettingsStore>();
        var existing = await store.GetAsync(settings.Id, CancellationToken.None);
        await store.SaveAsync(settings, existing?.Version, CancellationToken.None);
    }

    public async Task<TeamSettings> TeamAsync(TeamId? team = null) =>
        (await Get<ITeamSettingsStore>().GetAsync(team ?? Team, CancellationToken.None))!.Value;

    public async Task AddRepAsync(TestPerson person, Func<Rep, Rep>? change = null, TeamId? team = null)
    {
        var rep = new Rep(team ?? Team, RepId.From(person.AadObjectId), person.Name);
        await Get<IRosterStore>().SaveAsync(change is null ? rep : change(rep), null, CancellationToken.None);
    }

    public async Task<Rep?> RepAsync(TestPerson person) =>
        (await Get<IRosterStore>().GetAsync(Team, RepId.From(person.AadObjectId), CancellationToken.None))?.Value;

    public Task<IReadOnlyList<AuditEntry>> AuditAsync(TeamId? team = null) =>
        Get<IAuditLog>().ListRecentAsync(team ?? Team, 100, CancellationToken.None);

    /// <summary>A message in the managers' channel that @mentions the bot and then <paramref name="mentions"/> in order.</summary>
    public JsonObject ChannelMessage(TestPerson from, string text, params TestPerson[] mentions)
    {
        var entities = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>BotCommit</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "BotCommit" },
        });
        foreach (var person in mentions)
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{person.Name}</at>",
                ["mentioned"] = new JsonObject { ["id"] = person.TeamsId, ["name"] = person.Name },
            });
        }

        var activity = Base("message", from, new JsonObject
        {
            ["id"] = ManagersChannel + ";messageid=1764000000001",
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = Tenant,
        });
        activity["text"] = "<at>BotCommit</at> " + text;
        activity["textFormat"] = "plain";
        activity["entities"] = entities;
        activity["channelData"] = ChannelData(ManagersChannel);
        return activity;
    }

    /// <summary>
    /// A channel message whose <c>@FirstName</c> words (Olivia, Dana, Chen, Emil, Farah, Rita, Sam) become real Teams
    /// mentions: <c>&lt;at&gt;Full Name&lt;/at&gt;</c> in the text plus a mention entity.
    /// </summary>
    public JsonObject Command(TestPerson from, string text)
    {
        var mentioned = new List<TestPerson>();
        var words = text.Split(' ').Select(word =>
        {
            if (!word.StartsWith('@'))
            {
                return word;
            }

            var person = People.TeamMembers.Append(People.Stranger).Append(People.Boris)
                .Single(p => p.Name.StartsWith(word[1..], StringComparison.OrdinalIgnoreCase));
            mentioned.Add(person);
            return $"<at>{person.Name}</at>";
        });
        return ChannelMessage(from, string.Join(' ', words), [.. mentioned]);
    }

    /// <summary>A message in <paramref name="from"/>'s personal chat with the bot.</summary>
    public JsonObject PersonalMessage(TestPerson from, string text)
    {
        var activity = Base("message", from, PersonalConversation(from));
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } };
        return activity;
    }

    /// <summary>An Action.Execute press of <paramref name="verb"/> in the managers' channel (or the personal chat).</summary>
    public JsonObject Invoke(TestPerson from, string verb, JsonObject data, bool inChannel = true)
    {
        var activity = Base("invoke", from, inChannel
            ? new JsonObject { ["id"] = ManagersChannel + ";messageid=1764000000001", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant }
            : PersonalConversation(from));
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1764000000777";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        activity["channelData"] = inChannel ? ChannelData(ManagersChannel) : new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } };
        return activity;
    }

    /// <summary>
    /// Posts the activity, waits for the background work it started (a team's <c>nudge now</c>), and returns what the bot
    /// sent to Teams meanwhile (a progress card's final state is its last PUT).
    /// </summary>
    public async Task<IReadOnlyList<RecordedConnectorRequest>> SendAsync(JsonObject activity)
    {
        var before = Connector.Requests.Count;
        var response = await Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Get<BotCommit.Bot.Progress.LongWork>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return Connector.Requests.Skip(before).ToList();
    }

    /// <summary>Posts an invoke and returns the invoke response body.</summary>
    public async Task<JsonObject> InvokeAsync(JsonObject invoke)
    {
        var response = await Host.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Sends a command and returns every text the answer shows (message text and card texts).</summary>
    public async Task<string> AnswerAsync(JsonObject activity)
    {
        var sent = await SendAsync(activity);
        var posts = sent.Where(r => (r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal))
            || (r.Method == "PUT" && r.Path.Contains("/activities/", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(posts);
        return string.Join("\n", posts.Select(p => Replies.Text(JsonNode.Parse(p.Body)!)));
    }

    private static JsonObject PersonalConversation(TestPerson person) => new()
    {
        ["id"] = "a:personal-" + person.TeamsId[3..],
        ["conversationType"] = "personal",
        ["tenantId"] = Tenant,
    };

    private static JsonObject ChannelData(string channel) => new()
    {
        ["tenant"] = new JsonObject { ["id"] = Tenant },
        ["team"] = new JsonObject { ["id"] = TeamIdValue },
        ["channel"] = new JsonObject { ["id"] = channel },
    };

    private JsonObject Base(string type, TestPerson from, JsonObject conversation) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["timestamp"] = Now.ToString("O"),
        ["serviceUrl"] = Connector.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = from.TeamsId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BotCommit" },
        ["conversation"] = conversation,
        ["locale"] = "en-US",
    };
}
