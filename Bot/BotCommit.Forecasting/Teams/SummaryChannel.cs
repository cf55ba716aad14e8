namespace BotCommit.Forecasting.Teams;

/// <summary>
/// The team's managers' channel for the summary: its Teams conversation id (<c>19:…@thread.tacv2</c>, without
/// <c>;messageid=</c>) and the name people know it by (null when Teams did not say).
/// </summary>
public sealed record SummaryChannel(string ConversationId, string? Name)
{
    public const int MaxLength = 256;

    public string ConversationId { get; init => field = Guard.Text(value, MaxLength, nameof(ConversationId)); } =
        Guard.Text(ConversationId, MaxLength, nameof(ConversationId));

    public string? Name { get; init => field = Guard.OptionalText(value, MaxLength, nameof(Name)); } = Guard.OptionalText(Name, MaxLength, nameof(Name));

    /// <summary>
    /// How many active reps on the roster could read the channel when it was last checked (Teams' member list when an
    /// admin typed <c>set channel</c>); null when Teams could not tell. Unknown counts as "reps can read it"
    /// (<see cref="Summary.SummaryAudience"/>).
    /// </summary>
    public int? RepReaders { get; init => field = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(RepReaders), value, "Must not be negative."); }

    /// <summary>What people read: the name, else the id.</summary>
    public string Display => Name ?? ConversationId;
}
