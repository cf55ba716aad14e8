namespace BotCommit.Bot.CardActions;

/// <summary>
/// Handles the card actions whose verb starts with <see cref="VerbPrefix"/> (e.g. <c>checkin.</c>, <c>admin.</c>).
/// Registered explicitly in the host; <see cref="CardActionRouter"/> picks the handler by prefix.
/// </summary>
internal interface ICardActionHandler
{
    string VerbPrefix { get; }

    Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken);
}
