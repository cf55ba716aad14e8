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

    /// <summary>What people read: the name, else the id.</summary>
    public string Display => Name ?? ConversationId;
}
