using System.Globalization;
using System.Text.Json;
using BotCommit.Cards;
using BotCommit.Cards.Onboarding;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Bot.Turns;

/// <summary>
/// Greets a conversation once per installation. Teams (and the Playground) send both an <c>installationUpdate</c> and a
/// <c>conversationUpdate</c> for one install; whichever arrives first greets, the other finds the fresh record.
/// </summary>
internal sealed class WelcomeSender(DocumentTable documents, TimeProvider timeProvider, ILogger<WelcomeSender> logger)
{
    internal const string Scope = "welcome";

    /// <summary>Two install events closer than this are one installation.</summary>
    internal static readonly TimeSpan SameInstallation = TimeSpan.FromSeconds(15);

    public async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var existing = await documents.GetAsync(Scope, conversationId, cancellationToken);
        if (existing is { } record && ReadWelcomedAt(record.Json) is { } welcomedAt && now - welcomedAt < SameInstallation)
        {
            return;
        }

        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["welcomedAt"] = now.ToString("O", CultureInfo.InvariantCulture),
        });
        try
        {
            await documents.SaveAsync(Scope, conversationId, json, existing?.ETag, cancellationToken);
        }
        catch (Forecasting.Ports.ConcurrencyConflictException)
        {
            return; // The other install event of the pair won the race and greets.
        }

        var card = WelcomeCard.Build(CardLocale.For(turnContext.Activity.Locale, null));
        await turnContext.SendActivityAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
        Log.Welcomed(logger, conversationId);
    }

    private static DateTimeOffset? ReadWelcomedAt(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("welcomedAt", out var value)
                && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
