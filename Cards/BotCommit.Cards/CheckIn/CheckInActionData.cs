using System.Text.Json.Nodes;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// The fixed part of every check-in action's data: verb (also in the Action.Submit fallback, see
/// <see cref="ExecuteAction.VerbKey"/>), card version, week and card revision; plus page and slot count on the
/// check-in card, and the target page of paging buttons.
/// </summary>
internal static class CheckInActionData
{
    public const string Verb = ExecuteAction.VerbKey;
    public const string CardVersion = "cardVersion";
    public const string Week = "week";
    public const string CardRev = "cardRev";
    public const string Page = "page";
    public const string Slots = "slots";
    public const string GoTo = "goto";

    public static JsonObject Create(string verb, ForecastWeek week, int cardRev) => new()
    {
        [Verb] = verb,
        [CardVersion] = CheckInCard.CardVersion,
        [Week] = week.ToString(),
        [CardRev] = cardRev,
    };
}
