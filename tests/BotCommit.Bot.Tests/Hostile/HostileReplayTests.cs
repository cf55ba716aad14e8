using BotCommit.Testing.Hostile;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Bot.Tests.Hostile;

/// <summary>
/// Replays every case of the host corpus against <c>/api/messages</c> of the real host (issue #9). Whatever the input,
/// the answer is a 4xx or a friendly message: never a 5xx, never a logged crash, never a stack trace or the generic
/// apology in what the user sees; and storage holds nothing corrupt — the case's submission is absent or exactly the
/// valid one, owned by the activity's sender, with the deal names as sent, and the victim rep never gets one.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class HostileReplayTests(AzuriteFixture azurite, HostileHost host) : IClassFixture<HostileHost>, IAsyncLifetime
{
    private static readonly string[] LeakMarkers = ["Exception", "   at ", "at BotCommit.", "at System.", "StackTrace", "something went wrong"];

    public static TheoryData<string> Cases => HostileCorpus.Names();

    public Task InitializeAsync() => host.EnsureStartedAsync(azurite.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_HostileInput_AnswersWith4xxOrAFriendlyMessageAndStoresNothingCorrupt(string name)
    {
        var hostile = HostileCorpus.Case(name);
        var expect = hostile["expect"]?.AsObject() ?? [];

        var run = await host.RunAsync(hostile);

        AssertStatus(run, expect);
        var refusals = expect["allowLogged"]?.AsArray().Select(n => (string)n!).ToHashSet(StringComparer.Ordinal) ?? [];
        var crashes = run.Logs.Where(e => e.IsCrash && !refusals.Contains(e.Exception?.GetType().Name ?? string.Empty)).ToList();
        Assert.True(crashes.Count == 0, "The host logged a failure:\n" + string.Join("\n", crashes));
        AssertReplies(run, expect);
        await AssertStoredAsync(run, hostile, expect);
    }

    [Fact]
    public void Corpus_Host_HasAtLeastOneHundredUniquelyNamedCases()
    {
        var names = HostileCorpus.Cases.Keys.ToList();

        Assert.True(names.Count >= 100, $"Only {names.Count} host cases.");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    private static void AssertStatus(HostileRun run, JsonObject expect)
    {
        var allowed = expect["status"]?.AsArray().Select(s => (int)s!).ToList() ?? [200];
        var status = (int)run.Status;
        Assert.True(allowed.Contains(status), $"Status {status}, expected one of {string.Join(", ", allowed)}. Body: {Shorten(run.ResponseBody)}");
        Assert.True(status < 500 || allowed.Contains(status), "A 5xx for user input.");
    }

    private static void AssertReplies(HostileRun run, JsonObject expect)
    {
        var outputs = Outputs(run).ToList();
        foreach (var (_, strings, _) in outputs)
        {
            var leak = strings.SelectMany(s => LeakMarkers.Where(m => s.Contains(m, StringComparison.OrdinalIgnoreCase))).FirstOrDefault();
            Assert.True(leak is null, $"The user sees '{leak}': {Shorten(string.Join(" | ", strings))}");
        }

        switch ((string?)expect["reply"] ?? "any")
        {
            case "none":
                Assert.True(outputs.Count == 0, $"Expected no reply, got: {Shorten(string.Join(" | ", outputs.SelectMany(o => o.Strings)))}");
                break;
            case "some":
                Assert.NotEmpty(outputs);
                break;
            case var kind and ("text" or "card" or "error"):
                Assert.True(outputs.Any(o => o.Kind == kind), $"Expected a {kind} reply, got: {string.Join(", ", outputs.Select(o => o.Kind))}");
                break;
        }

        foreach (var expected in expect["replyContains"]?.AsArray().Select(s => HostileCorpus.ExpandString((string)s!)) ?? [])
        {
            Assert.True(outputs.Any(o => o.Strings.Any(s => s.Contains(expected, StringComparison.Ordinal))), $"No reply contains '{expected}'.");
        }

        foreach (var unwanted in expect["replyLacks"]?.AsArray().Select(s => HostileCorpus.ExpandString((string)s!)) ?? [])
        {
            Assert.False(outputs.Any(o => o.Strings.Any(s => s.Contains(unwanted, StringComparison.Ordinal))), $"A reply contains '{unwanted}'.");
        }

        var markdown = outputs.Where(o => o.Kind == "card").SelectMany(o => o.Markdown).ToList();
        foreach (var shown in expect["cardShows"]?.AsArray().Select(s => HostileCorpus.ExpandString((string)s!)) ?? [])
        {
            Assert.True(markdown.Any(t => t.Contains(shown, StringComparison.Ordinal)), $"No card text shows '{shown}'.");
        }

        foreach (var hidden in expect["cardHides"]?.AsArray().Select(s => HostileCorpus.ExpandString((string)s!)) ?? [])
        {
            Assert.False(markdown.Any(t => t.Contains(hidden, StringComparison.Ordinal)), $"A card renders '{hidden}' as markdown.");
        }
    }

    private async Task AssertStoredAsync(HostileRun run, JsonObject hostile, JsonObject expect)
    {
        Assert.Null(await host.StoredAsync(HostileHost.VictimAadId));
        Assert.All(await host.WeekAsync(), s => Assert.NotEqual(HostileHost.VictimAadId, s.Rep.Value));
        if (!run.RepSeeded)
        {
            return;
        }

        var stored = await host.StoredAsync(run.RepAadId!);
        switch ((string?)expect["stored"] ?? "any")
        {
            case "absent":
                Assert.True(stored is null, "A submission was stored.");
                return;
            case "submitted":
                Assert.Equal(SubmissionStatus.Submitted, stored?.Status);
                break;
            case "skipped":
                Assert.Equal(SubmissionStatus.Skipped, stored?.Status);
                break;
        }

        if (stored is null)
        {
            return;
        }

        Assert.Equal(run.RepAadId, stored.Rep.Value);
        var seeded = HostileHost.DefaultDeals(hostile["seedDeals"] as JsonArray).ToDictionary(d => d.Id.Value);
        foreach (var deal in stored.Deals)
        {
            Assert.True(deal.Amount >= 0m && deal.Amount <= 1_000_000_000m && decimal.Round(deal.Amount, 2) == deal.Amount, $"Stored amount {deal.Amount} of {deal.Id}.");
            Assert.True(IsWellFormed(deal.Account) && IsWellFormed(deal.Name) && IsWellFormed(deal.Reason), $"Broken UTF-16 stored in {deal.Id}.");
            if (seeded.TryGetValue(deal.Id.Value, out var before))
            {
                Assert.Equal((before.Account, before.Name), (deal.Account, deal.Name));
            }
            else
            {
                Assert.Matches("^d[0-9a-f]{12}$", deal.Id.Value);
            }
        }

        Assert.All(seeded.Keys, id => Assert.Contains(stored.Deals, d => d.Id.Value == id));
        if (expect["deal"] is JsonObject expectedDeal)
        {
            var actual = stored.Deals.Single(d => d.Id.Value == (string)expectedDeal["id"]!);
            if (expectedDeal["amount"] is { } amount)
            {
                Assert.Equal(decimal.Parse((string)amount!, CultureInfo.InvariantCulture), actual.Amount);
            }

            if (expectedDeal["close"] is { } close)
            {
                Assert.Equal((string)close!, actual.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        if (expect["newDeal"] is JsonObject newDeal)
        {
            var added = Assert.Single(stored.Deals, d => !seeded.ContainsKey(d.Id.Value));
            Assert.Equal(HostileCorpus.ExpandString((string)newDeal["account"]!), added.Account);
            Assert.Equal(HostileCorpus.ExpandString((string)newDeal["name"]!), added.Name);
        }
    }

    /// <summary>What the user sees: each message sent to the connector and the invoke answer, as (kind, strings, markdown strings).</summary>
    private static IEnumerable<(string Kind, List<string> Strings, List<string> Markdown)> Outputs(HostileRun run)
    {
        foreach (var reply in run.Replies)
        {
            if (reply["attachments"] is JsonArray attachments && attachments.Count > 0)
            {
                foreach (var card in attachments.Select(a => a?["content"]).OfType<JsonNode>())
                {
                    yield return ("card", Strings(card).ToList(), Markdown(card).ToList());
                }
            }
            else
            {
                yield return ("text", Strings(reply["text"]).ToList(), []);
            }
        }

        if (run.ResponseBody.Length == 0)
        {
            yield break;
        }

        var body = ParseOrNull(run.ResponseBody);
        switch ((string?)body?["type"])
        {
            case "application/vnd.microsoft.card.adaptive":
                yield return ("card", Strings(body!["value"]).ToList(), Markdown(body["value"]!).ToList());
                break;
            case "application/vnd.microsoft.activity.message":
                yield return ("text", Strings(body!["value"]).ToList(), []);
                break;
            case "application/vnd.microsoft.error":
                yield return ("error", Strings(body!["value"]).ToList(), []);
                break;
            default:
                yield return ("raw", [run.ResponseBody], []);
                break;
        }
    }

    private static JsonObject? ParseOrNull(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    /// <summary>The texts Teams renders as markdown: TextBlock text, Fact title and value.</summary>
    private static IEnumerable<string> Markdown(JsonNode node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "TextBlock" && obj["text"] is JsonValue text => [(string)text!],
        JsonObject obj when (string?)obj["type"] == "FactSet" => obj["facts"]!.AsArray().SelectMany(f => new[] { (string)f!["title"]!, (string)f["value"]! }),
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : Markdown(p.Value)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Markdown),
        _ => [],
    };

    private static bool IsWellFormed(string? text)
    {
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
