using BotCommit.Forecasting.Ports;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// Where a week's summary was posted (the payload of its <see cref="ScheduledActionKind.SummaryRoot"/> delivery): the
/// managers' channel, the thread's conversation id, the root post's id (to replace it when the numbers change), when
/// (UTC) and whether it was posted after the call.
/// </summary>
public sealed record SummaryPost(string ChannelId, string ThreadId, string RootActivityId, DateTimeOffset PostedAt, bool Late) : DeliveryPayload;
