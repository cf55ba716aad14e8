using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Admin;

/// <summary>
/// The setup card posted when BotCommit is added to a team, and re-rendered after each of its buttons: the team's
/// current choices (summary channel, reps on the roster, time zone, this month's and quarter's team targets), and the
/// result of the last button as <see cref="Message"/>. The <c>…Input</c> texts, when set, are shown in the inputs
/// instead of the stored values (so a rejected entry can be corrected, not retyped).
/// </summary>
public sealed record SetupCardModel(string TeamId, string TeamName, string TimeZoneId, string Currency, YearMonth Month, FiscalQuarter Quarter)
{
    /// <summary>The chosen summary channel's display name; null when none is chosen yet.</summary>
    public string? ChannelName { get; init; }

    public int RepCount { get; init; }

    /// <summary>The team's language as people read it ("简体中文 (zh-CN)"); null leaves the line out.</summary>
    public string? Language { get; init; }

    public decimal? MonthTarget { get; init; }

    public decimal? QuarterTarget { get; init; }

    /// <summary>What the last button did (or why it did nothing), in the reader's words; null on the first post.</summary>
    public string? Message { get; init; }

    public bool MessageIsError { get; init; }

    public string? TimeZoneInput { get; init; }

    public string? MonthTargetInput { get; init; }

    public string? QuarterTargetInput { get; init; }
}
