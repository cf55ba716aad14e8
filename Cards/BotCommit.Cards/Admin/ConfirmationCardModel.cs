using BotCommit.Cards.Elements;

namespace BotCommit.Cards.Admin;

/// <summary>
/// What an admin command did, already in the reader's words: <see cref="What"/> ("Deadline changed"), the team, the
/// value before and now (for a setting), extra facts (counts, who) and notes (consequences, next steps). Values are
/// shown as given: the caller escapes user text and formats amounts and dates with the team's culture.
/// </summary>
public sealed record ConfirmationCardModel(string What, string TeamName)
{
    public string? Before { get; init; }

    public string? Now { get; init; }

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The team's language as it now stands ("简体中文 (zh-CN)"): every confirmation says which one is in use.</summary>
    public string? Language { get; init; }

    /// <summary>The team's time zone (IANA id): the clock of the deadline, the summary and the call.</summary>
    public string? TimeZone { get; init; }
}
