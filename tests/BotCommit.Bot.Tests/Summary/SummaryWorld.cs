using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Forecasting.Summary;
using BotCommit.Testing.InMemory;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Summary;

/// <summary>
/// A team of three reps in the real host on Azurite, with the fake Teams connector: week 2026-W51 (deadline Monday
/// 2026-12-14 07:00 Berlin = 06:00 UTC), the clock at 07:10 UTC. Pacing is opened up (the fake clock never refills the
/// buckets); failures are scripted with statuses the connector does not retry (no backoff on a frozen clock).
/// </summary>
internal sealed class SummaryWorld : IAsyncDisposable
{
    public const string ChannelId = "19:managers-emea@thread.tacv2";
    public static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W51");
    public static readonly TeamId Team = TeamId.From("19:sales-team@thread.tacv2");
    public static readonly RepId Alex = RepId.From("00000000-0000-0000-0000-0000000000a1");
    public static readonly RepId Bea = RepId.From("00000000-0000-0000-0000-0000000000b2");
    public static readonly RepId Chris = RepId.From("00000000-0000-0000-0000-0000000000c3");

    private SummaryWorld(BotHost host, FakeTeamsConnector connector, FakeTimeProvider clock)
    {
        Host = host;
        Connector = connector;
        Clock = clock;
    }

    public BotHost Host { get; }

    public FakeTeamsConnector Connector { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => Host.Services;

    public TeamSettings Settings { get; private set; } = new(Team)
    {
        Name = "Sales EMEA",
        TimeZoneId = "Europe/Berlin",
        Currency = "EUR",
        Culture = "en-US",
        MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 500_000m },
    };

    /// <summary>What the use cases asked to run in the background (the tests post late changes themselves).</summary>
    public RecordingBackgroundWork Background { get; } = new();

    public static async Task<SummaryWorld> StartAsync(string tablesConnectionString, bool chooseChannel = true, bool knowChannel = true)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 14, 7, 10, 0, TimeSpan.Zero));
        var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        var host = new BotHost(tablesConnectionString, settings: new Dictionary<string, string?>
        {
            ["BotCommit:Connector:GlobalPermitsPerSecond"] = "10000",
            ["BotCommit:Connector:ConversationPermitsPerSecond"] = "10000",
            ["BotCommit:Connector:ConversationPermitsPerWindow"] = "10000",
        }, clock: clock);
        var world = new SummaryWorld(host, connector, clock);
        host.ConfigureServices = services => services.Replace(ServiceDescriptor.Singleton<IBackgroundWork>(world.Background));
        _ = host.Server;
        await world.SeedAsync(chooseChannel, knowChannel);
        return world;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    public IReadOnlyList<RecordedConnectorRequest> RequestsSince(int count) => [.. Connector.Requests.Skip(count)];

    /// <summary>Where the week's summary was posted (its root delivery's payload).</summary>
    public async Task<SummaryPost> PostAsync()
    {
        var root = await Services.GetRequiredService<IActionLog>().GetAsync(Team, Week, ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot, CancellationToken.None);
        Assert.Equal(ActionState.Completed, root?.Value.State);
        return Assert.IsType<SummaryPost>(root!.Value.Payload);
    }

    /// <summary>The reps whose reply is recorded as posted into the thread of <paramref name="post"/>.</summary>
    public async Task<IReadOnlyList<string>> RepliesPostedAsync(SummaryPost post) =>
        [.. (await Services.GetRequiredService<IActionLog>().ListWeekAsync(Team, Week, CancellationToken.None))
            .Where(r => r.Kind == ScheduledActionKind.SummaryReply && r.State == ActionState.Completed && r.Subject.EndsWith("@" + post.RootActivityId, StringComparison.Ordinal))
            .Select(r => r.Subject)];

    public static JsonObject Body(RecordedConnectorRequest request) => JsonNode.Parse(request.Body)!.AsObject();

    /// <summary>The card of a request: a create-conversation body (activity inside) or an activity.</summary>
    public static JsonObject Card(RecordedConnectorRequest request)
    {
        var body = Body(request);
        var activity = body["activity"] as JsonObject ?? body;
        return activity["attachments"]![0]!["content"]!.AsObject();
    }

    public static string Title(RecordedConnectorRequest request) => (string)Card(request)["body"]![0]!["text"]!;

    public static DealForecast Deal(string id, string account, ForecastCategory category, decimal amount, string close, int stage) =>
        new(DealId.From(id), account, account + " deal", category, amount, DateOnly.ParseExact(close, "yyyy-MM-dd", CultureInfo.InvariantCulture), Stage.From(stage))
        {
            Checklist = CommitChecklist.All,
        };

    public static Submission Snapshot(RepId rep, ForecastWeek week, params DealForecast[] deals) =>
        new(Team, week, rep, deals) { SubmittedAt = new DateTimeOffset(week.Monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-6) };

    private async Task SeedAsync(bool chooseChannel, bool knowChannel)
    {
        var ct = CancellationToken.None;
        if (chooseChannel)
        {
            // The thread's mechanics, not its audience (SummaryReadersTests): shared, so publishing does not read the channel's members.
            Settings = Settings with { SummaryChannel = new SummaryChannel(ChannelId, "Managers") { RepReaders = 0 }, ShareSummaryWithTeam = true };
        }

        await Services.GetRequiredService<ITeamSettingsStore>().SaveAsync(Settings, null, ct);
        var roster = Services.GetRequiredService<IRosterStore>();
        await roster.SaveAsync(new Rep(Team, Alex, "Alex Wilber"), null, ct);
        await roster.SaveAsync(new Rep(Team, Bea, "Bea Müller"), null, ct);
        await roster.SaveAsync(new Rep(Team, Chris, "Chris Green"), null, ct);

        var submissions = Services.GetRequiredService<ISubmissionStore>();
        await submissions.SaveAsync(Snapshot(Alex, Week.Previous,
            Deal("a1", "Contoso", ForecastCategory.Commit, 100_000m, "2026-12-09", 90),
            Deal("a2", "Fabrikam", ForecastCategory.Upside, 40_000m, "2026-12-16", 70)), null, ct);
        await submissions.SaveAsync(Snapshot(Alex, Week,
            Deal("a1", "Contoso", ForecastCategory.Won, 100_000m, "2026-12-09", 100),
            Deal("a2", "Fabrikam", ForecastCategory.Commit, 40_000m, "2026-12-16", 90)), null, ct);
        await submissions.SaveAsync(Snapshot(Bea, Week.Previous,
            Deal("b1", "Tailspin", ForecastCategory.Commit, 50_000m, "2026-12-10", 90)), null, ct);
        await submissions.SaveAsync(Snapshot(Bea, Week,
            Deal("b1", "Tailspin", ForecastCategory.Won, 20_000m, "2026-12-10", 100)), null, ct);
        await submissions.SaveAsync(Snapshot(Chris, Week.Previous,
            Deal("c1", "Woodgrove", ForecastCategory.Commit, 30_000m, "2026-12-30", 90)), null, ct);

        if (knowChannel)
        {
            await Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = Connector.ServiceUrl.ToString(),
                ServiceUrlVerified = new ServiceUrlVerification { ActivityId = "seed", AtUtc = Clock.GetUtcNow() },
                TenantId = "00000000-0000-0000-0000-0000000000001",
                Conversation = new ConversationAccount { Id = ChannelId, ConversationType = "channel", IsGroup = true },
                Bot = new ChannelAccount { Id = "28:botcommit" },
                TeamId = Team.Value,
                ChannelIdInTeam = ChannelId,
                State = ConversationReferenceStates.Active,
            }, ct);
        }
    }
}
