using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Summary;

namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>
/// A delivery's payload as stored in the <c>PayloadJson</c> column: <c>{"type":"summaryPost",…}</c> or
/// <c>{"type":"lateChange",…}</c> (decimals exact, instants ISO 8601). A payload kind not listed here cannot be stored.
/// </summary>
internal sealed record PayloadDocument
{
    public const string SummaryPostType = "summaryPost";
    public const string LateChangeType = "lateChange";

    public string Type { get; init; } = string.Empty;

    public string? ChannelId { get; init; }

    public string? ThreadId { get; init; }

    public string? RootActivityId { get; init; }

    public DateTimeOffset? At { get; init; }

    public bool? Late { get; init; }

    public decimal? CommitDelta { get; init; }

    public decimal? UpsideDelta { get; init; }

    public static string? ToJson(DeliveryPayload? payload) => payload switch
    {
        null => null,
        SummaryPost post => JsonColumn.Write(
            new PayloadDocument
            {
                Type = SummaryPostType,
                ChannelId = post.ChannelId,
                ThreadId = post.ThreadId,
                RootActivityId = post.RootActivityId,
                At = InvariantText.CheckInstant(post.PostedAt, nameof(post.PostedAt)),
                Late = post.Late,
            },
            StorageJsonContext.Default.PayloadDocument),
        LateChange change => JsonColumn.Write(
            new PayloadDocument
            {
                Type = LateChangeType,
                At = InvariantText.CheckInstant(change.At, nameof(change.At)),
                CommitDelta = change.CommitDelta,
                UpsideDelta = change.UpsideDelta,
            },
            StorageJsonContext.Default.PayloadDocument),
        _ => throw new ArgumentException($"A {payload.GetType().Name} payload cannot be stored.", nameof(payload)),
    };

    public static DeliveryPayload? FromJson(string? json, string column)
    {
        if (json is null)
        {
            return null;
        }

        var document = JsonColumn.Read(json, column, StorageJsonContext.Default.PayloadDocument);
        return document switch
        {
            { Type: SummaryPostType, ChannelId: { } channel, ThreadId: { } thread, RootActivityId: { } root, At: { } at } =>
                new SummaryPost(channel, thread, root, at, document.Late ?? false),
            { Type: LateChangeType, At: { } at, CommitDelta: { } commit, UpsideDelta: { } upside } => new LateChange(at, commit, upside),
            _ => throw InvariantText.Corrupt(column, json),
        };
    }
}
