using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BotCommit.Bot.Tests.Telemetry;

/// <summary>
/// OpenTelemetry through the real host with in-memory exporters: one nudge (its first POST answered 429, then sent), one
/// scheduled tick and one submission turn produce the spans (turns, the job, storage and connector calls) and the metrics
/// (nudges by outcome, submissions by timing, turn latency, connector 429s, the outbound queue) the issue names, and no
/// attribute carries a deal's name, an amount or what the rep typed. Sources and meters are process-wide, so other tests
/// running meanwhile may add points: the assertions look for what this test caused, never for exact totals.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class OpenTelemetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string RepAadId = "00000000-0000-0000-0000-0000000000020";
    private const string TypedNote = "zebra-quartz-typed-by-the-rep";
    private readonly TeamId _team = TeamId.From("19:team-otel@thread.tacv2");
    private readonly string _conversationId = Activities.NewConversationId();
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private BotHost _host = null!;
    private FakeTeamsConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        _host = StartHost(azurite.ConnectionString, _spans, _metrics);
        var services = _host.Services;
        await services.GetRequiredService<ITeamSettingsStore>().SaveAsync(new TeamSettings(_team) { Name = "Sales", TimeZoneId = "UTC" }, null, CancellationToken.None);
        await services.GetRequiredService<IRosterStore>().SaveAsync(new Rep(_team, RepId.From(RepAadId), "Alex Wilber"), null, CancellationToken.None);
        await services.GetRequiredService<IDealStore>().ReplaceAsync(_team, RepId.From(RepAadId),
        [
            new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Upside, 123_457m, new DateOnly(2027, 3, 3), Stage.From(60)),
        ], CancellationToken.None);
        await _host.PostActivityAsync(Activities.Fixture("conversationUpdate", _connector.ServiceUrl, _conversationId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task OneNudgeOneTickOneSubmission_AreTracedAndMeasuredWithoutSensitiveAttributes()
    {
        var services = _host.Services;
        _connector.Enqueue(ScriptedConnectorResponse.Throttled("0"));
        var nudged = await services.GetRequiredService<NudgeNow>().RunAsync(_team, RepId.From(RepAadId), force: false, CancellationToken.None);
        await services.GetRequiredService<RunScheduleTick>().RunAsync(CancellationToken.None);
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");
        data["deal-d1-reason"] = TypedNote;
        var submitted = await _host.PostActivityAsync(Invoke("checkin.submit", data));

        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(1, nudged.Actions.Sent);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var spans = _spans.ToList();
        var names = spans.Select(s => s.DisplayName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("turn invoke", names);
        Assert.Contains("turn conversationUpdate", names);
        Assert.Contains("nudge now", names);
        Assert.Contains("job schedule-tick", names);
        Assert.Contains(spans, s => s.DisplayName.StartsWith("storage ", StringComparison.Ordinal) && s.GetTagItem("db.collection.name") is string table && table.EndsWith("Submissions", StringComparison.Ordinal));
        Assert.True(
            spans.Any(s => s.DisplayName == "connector POST" && s.GetTagItem("http.response.status_code") is int code && code is >= 200 and < 300),
            "connector spans: " + string.Join(", ", spans.Where(s => s.DisplayName.StartsWith("connector", StringComparison.Ordinal))
                .Select(s => s.DisplayName + " " + s.GetTagItem("http.response.status_code"))));
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore");

        var metrics = _metrics.ToList();
        Assert.True(Sum(metrics, "botcommit.nudges", ("botcommit.outcome", "sent")) >= 1, "nudges sent");
        Assert.True(Sum(metrics, "botcommit.submissions", null) >= 1, "submissions");
        Assert.True(Sum(metrics, "botcommit.connector.throttled", null) >= 1, "connector 429s");
        Assert.Contains(metrics, m => m.Name == "botcommit.outbound.queue_depth");
        Assert.True(HistogramCount(metrics, "botcommit.turn.duration", ("botcommit.activity_type", "invoke")) >= 1, "turn latency");
        var submissionTimings = TagValues(metrics, "botcommit.submissions", "botcommit.timing");
        Assert.NotEmpty(submissionTimings);
        Assert.All(submissionTimings, t => Assert.Contains(t, new[] { "on_time", "late" }));

        var attributeValues = spans.Where(s => s.Source.Name.StartsWith("BotCommit", StringComparison.Ordinal))
            .SelectMany(s => s.TagObjects.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))
            .Concat(metrics.Where(m => m.MeterName.StartsWith("BotCommit", StringComparison.Ordinal)).SelectMany(AllTagValues))
            .ToList();
        Assert.NotEmpty(attributeValues);
        foreach (var secret in new[] { "Contoso", "Renewal", "123457", "123,457", TypedNote, RepAadId, "Bearer" })
        {
            Assert.DoesNotContain(attributeValues, v => v.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static BotHost StartHost(string tables, List<Activity> spans, List<Metric> metrics)
    {
        var host = new BotHost(tables, settings: new Dictionary<string, string?>
        {
            ["Telemetry:Enabled"] = "true",
            ["BotCommit:Connector:BaseDelay"] = "00:00:00.050",
        })
        {
            ConfigureServices = services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)),
        };
        _ = host.Server;
        return host;
    }

    private static long Sum(IEnumerable<Metric> metrics, string name, (string Key, string Value)? tag)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (tag is null || HasTag(point, tag.Value))
                {
                    total += metric.MetricType == MetricType.LongSumNonMonotonic ? point.GetSumLong() : point.GetSumLong();
                }
            }
        }

        return total;
    }

    private static long HistogramCount(IEnumerable<Metric> metrics, string name, (string Key, string Value) tag)
    {
        long count = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (HasTag(point, tag))
                {
                    count += point.GetHistogramCount();
                }
            }
        }

        return count;
    }

    private static List<string> TagValues(IEnumerable<Metric> metrics, string name, string key)
    {
        var values = new List<string>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var pair in point.Tags)
                {
                    if (pair.Key == key)
                    {
                        values.Add(pair.Value?.ToString() ?? string.Empty);
                    }
                }
            }
        }

        return values;
    }

    private static IEnumerable<string> AllTagValues(Metric metric)
    {
        var values = new List<string>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var pair in point.Tags)
            {
                values.Add(pair.Value?.ToString() ?? string.Empty);
            }
        }

        return values;
    }

    private static bool HasTag(in MetricPoint point, (string Key, string Value) tag)
    {
        foreach (var pair in point.Tags)
        {
            if (pair.Key == tag.Key && Equals(pair.Value?.ToString(), tag.Value))
            {
                return true;
            }
        }

        return false;
    }

    private JsonObject LastCard()
    {
        var request = _connector.Requests.Last(r => r.Body.Contains("attachments", StringComparison.Ordinal));
        return JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!.AsObject();
    }

    private JsonObject Invoke(string verb, JsonObject data)
    {
        var invoke = Activities.Fixture("invoke-adaptiveCard-action", _connector.ServiceUrl, _conversationId);
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        return invoke;
    }
}
