using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>Test data for the storage contracts, including the awkward ids and texts real users produce.</summary>
internal static class Sample
{
    public static readonly TeamId Team = TeamId.From("team-a");

    public static readonly TeamId OtherTeam = TeamId.From("team-b");

    /// <summary>A Teams channel id: legal in keys, but full of separators.</summary>
    public static readonly TeamId TeamsChannelTeam = TeamId.From("19:abc@thread.tacv2;messageid=1");

    public static readonly RepId Rep = RepId.From("00000000-0000-0000-0000-0000000000a1");

    public static readonly RepId OtherRep = RepId.From("00000000-0000-0000-0000-0000000000b2");

    public static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");

    /// <summary>Ids with every character Azure forbids in keys, our escape and separator characters, and more.</summary>
    public static TheoryData<string> AwkwardIds => new()
    {
        "rep/with/slashes",
        "back\\slash#hash?query",
        "pipe|bang!percent%25tilde~",
        "ctrl\u0001tab\tnewline\ndel\u007Fnel\u0085",
        "19:abc@thread.tacv2;messageid=1",
        "it's \"quoted\" ''",
        "emoji 😀 and RTL مرحبا",
        "!7C",
        "~",
        "a}",
    };

    /// <summary>Free text that must survive storage unchanged (names, accounts, reasons).</summary>
    public static TheoryData<string> AwkwardTexts => new()
    {
        "O'Brien & \"Sons\" <b>Ltd</b>",
        "emoji 🚀👩‍💻 and RTL שלום עולם مرحبا",
        "line one\nline two\r\nline three\ttabbed",
        "slash / back \\ hash # question ? percent %",
        "  leading and trailing spaces  ",
        "zero-width\u200Bjoiner and combining e\u0301",
    };

    public static DealForecast Deal(string id, decimal amount = 1000m, ForecastCategory category = ForecastCategory.Commit) =>
        new(DealId.From(id), "Contoso " + id, "Renewal " + id, category, amount, new DateOnly(2026, 12, 9), Stage.From(90))
        {
            Checklist = new CommitChecklist(true, true, false, true, false),
            Reason = "PO expected " + id,
        };

    public static IReadOnlyList<DealForecast> Deals(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => Deal($"{prefix}{i:D3}", 100m + i)).ToList();

    public static Submission Submission(
        ForecastWeek week, RepId rep, IReadOnlyList<DealForecast> deals, TeamId? team = null) =>
        new(team ?? Team, week, rep, deals)
        {
            SubmittedAt = new DateTimeOffset(2026, 12, 6, 17, 30, 15, TimeSpan.Zero).AddTicks(1234567),
            RepName = "Ana Souza",
        };

    public static Submission Submission(params DealForecast[] deals) => Submission(Week, Rep, deals);
}
