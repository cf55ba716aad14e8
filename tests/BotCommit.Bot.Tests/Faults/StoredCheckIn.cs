namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// A rep's rows as read from the raw tables, as amounts in minor units by deal id: the week's snapshot (null when
/// there is none) and the pipeline.
/// </summary>
internal sealed record StoredCheckIn(SortedDictionary<string, long>? Snapshot, SortedDictionary<string, long> Pipeline);
