using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BotCommit.Bot.Turns;

/// <summary>
/// A span per inbound turn ("turn message", "turn invoke", …) and the turn latency histogram, tagged with the activity
/// type only: never the text, the card's data or who sent it.
/// </summary>
internal static class TurnTelemetry
{
    public const string Name = "BotCommit.Bot";
    public const string DurationInstrument = "botcommit.turn.duration";
    public const string ActivityTypeTag = "botcommit.activity_type";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        DurationInstrument, "s", "Time from an activity's arrival at the bot to its answer, by activity type.");

    public static Activity? Start(string? activityType)
    {
        var activity = Source.StartActivity("turn " + Known(activityType), ActivityKind.Server);
        activity?.SetTag(ActivityTypeTag, Known(activityType));
        return activity;
    }

    public static void Record(string? activityType, TimeSpan elapsed) =>
        Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(ActivityTypeTag, Known(activityType)));

    // Only the protocol's own types reach a tag: an attacker's "type" must not create new series.
    private static string Known(string? type) => type switch
    {
        "message" or "invoke" or "conversationUpdate" or "installationUpdate" or "messageReaction" or "event" => type,
        _ => "other",
    };
}
