namespace BotCommit.Cards.Admin;

/// <summary>
/// Where a long admin job stands (a whole team's <c>nudge now</c>): its title, the counts (null <see cref="Total"/> while
/// the targets are still being worked out), and once finished how long it took plus what the admin should know.
/// </summary>
public sealed record ProgressCardModel(string Title)
{
    public int? Total { get; init; }

    public int Sent { get; init; }

    public int Queued { get; init; }

    public int Throttled { get; init; }

    public int Failed { get; init; }

    public int AlreadyHandled { get; init; }

    public int NotYetOpen { get; init; }

    /// <summary>
    /// A job's own counts (labels already in the reader's language, values formatted), shown instead of the nudge's
    /// sent / queued / throttled / failed (a CRM import: rows processed, added, updated, unmatched, refused); null for those.
    /// </summary>
    public IReadOnlyList<Elements.Fact>? Counts { get; init; }

    /// <summary>What the card says before there are counts (null: "Preparing the list…"); already in the reader's language.</summary>
    public string? Starting { get; init; }

    /// <summary>Set when the job finished: the time it took.</summary>
    public TimeSpan? Elapsed { get; init; }

    /// <summary>Lines shown under the counts (hints, or why nothing was done); already in the reader's language.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
