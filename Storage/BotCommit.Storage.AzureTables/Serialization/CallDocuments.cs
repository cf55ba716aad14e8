namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>JSON shape of the six figures of a call, a roll-up or an effect (decimals written exactly).</summary>
internal sealed record CallFiguresDocument(
    decimal ThisWeekCommit, decimal ThisWeekUpside, decimal MonthForecast, decimal MonthUpside, decimal QuarterForecast, decimal QuarterUpside);

/// <summary>A figure a manager set: <c>figure</c> by name.</summary>
internal sealed record FigureChangeDocument(string Figure, decimal Value, string Note);

/// <summary>A deal a manager moved, as it was when they did; categories by name, close date <c>yyyy-MM-dd</c>.</summary>
internal sealed record MovedDealDocument(
    string Team, string Rep, string Deal, string From, string To, decimal Amount, string CloseDate, CallFiguresDocument Effect, string Note,
    string? Account = null, string? Name = null);

/// <summary>What a manager entered: the <c>ChangesJson</c> column of a call submission.</summary>
internal sealed record CallContentDocument(List<FigureChangeDocument> Changes, List<MovedDealDocument> Moves);
