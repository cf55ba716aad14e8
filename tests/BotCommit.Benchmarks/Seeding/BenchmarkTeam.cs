using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Benchmarks.Seeding;

/// <summary>
/// Seeds one team whose nudge is due whatever the day (nudge Sunday 00:00 UTC, deadline Saturday 23:59), N reps with a
/// few open deals each, and a stored personal-chat conversation reference per rep pointing at the given connector, the
/// way the host stores them on install (<c>TableConversationReferenceStore</c>).
/// </summary>
internal static class BenchmarkTeam
{
    public const int DealsPerRep = 3;

    public static readonly TeamId Id = TeamId.From("19:benchmark@thread.tacv2");

    public static TeamSettings Settings { get; } = new(Id)
    {
        Name = "Benchmark",
        TimeZoneId = "UTC",
        Schedule = WeeklySchedule.Default with
        {
            Nudge = new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(0, 0)),
            Reminders = [],
            Deadline = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
            Summary = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
            Call = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
        },
    };

    /// <summary>The rep's Entra object id (also the <see cref="RepId"/>).</summary>
    public static string AadId(int index) => "aaaaaaaa-0000-0000-0000-" + index.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>The rep's personal chat with the bot.</summary>
    public static string ConversationId(int index) => "a:bench-chat-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The rep's Teams user id (<c>29:…</c>).</summary>
    public static string UserId(int index) => "29:bench-user-" + index.ToString("D6", CultureInfo.InvariantCulture);

    public static IReadOnlyList<Rep> Reps(int count) =>
        Enumerable.Range(0, count).Select(i => new Rep(Id, RepId.From(AadId(i)), "Rep " + i.ToString(CultureInfo.InvariantCulture))).ToList();

    public static async Task SeedAsync(AzureTablesStorage storage, int reps, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(serviceUrl);
        await storage.Teams.SaveAsync(Settings, null, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, reps), parallel, async (i, ct) =>
        {
            var rep = new Rep(Id, RepId.From(AadId(i)), "Rep " + i.ToString(CultureInfo.InvariantCulture));
            await storage.Roster.SaveAsync(rep, null, ct);
            await storage.Deals.ReplaceAsync(Id, rep.Id, Deals(i), ct);
            var reference = new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = serviceUrl.ToString(),
                TenantId = "00000000-0000-0000-0000-0000000000001",
                Conversation = new ConversationAccount { Id = ConversationId(i), ConversationType = "personal" },
                Bot = new ChannelAccount { Id = "28:bench-bot", Name = "BotCommit" },
                User = new ChannelAccount { Id = UserId(i), AadObjectId = AadId(i) },
                Locale = "en-US",
                State = ConversationReferenceStates.Active,
            };
            await storage.Conversations.SaveAsync(reference, ct);
        });
    }

    /// <summary>The open deals seeded for rep <paramref name="rep"/>: one firm commit and two upside deals.</summary>
    public static List<DealForecast> Deals(int rep) =>
        Enumerable.Range(0, DealsPerRep).Select(d => new DealForecast(
            DealId.From("d" + d.ToString(CultureInfo.InvariantCulture)),
            "Account " + rep.ToString(CultureInfo.InvariantCulture),
            "Deal " + d.ToString(CultureInfo.InvariantCulture),
            d == 0 ? ForecastCategory.Commit : ForecastCategory.Upside,
            10_000m + (rep * 10m) + d,
            new DateOnly(2027, 1, 15).AddDays(d),
            Stage.From(d == 0 ? 90 : 50))
        {
            // A firm commit (90 %, checklist complete) needs no "soft commit" reason, so an unchanged card submits as is.
            Checklist = d == 0 ? new CommitChecklist(true, true, true, true, true) : CommitChecklist.None,
        }).ToList();
}
