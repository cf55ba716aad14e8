namespace BotCommit.Forecasting.Pipeline;

/// <summary>A stalled deal: its history and every reason it is stalled (in <see cref="StallReason"/> order).</summary>
public sealed record StalledDeal(DealStageHistory History, IReadOnlyList<StallReason> Reasons);
