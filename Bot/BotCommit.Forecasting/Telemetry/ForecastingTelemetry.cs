using System.Diagnostics;
using System.Diagnostics.Metrics;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;

namespace BotCommit.Forecasting.Telemetry;

/// <summary>
/// What the domain tells operators, with the BCL's own <see cref="ActivitySource"/> and <see cref="Meter"/> (the host
/// decides whether anything listens and where it goes). Attributes are outcomes and kinds only: never a team's, rep's
/// or deal's name, an amount, or anything a person typed.
/// </summary>
public static class ForecastingTelemetry
{
    /// <summary>The name of this source and meter.</summary>
    public const string Name = "BotCommit.Forecasting";

    public const string NudgesInstrument = "botcommit.nudges";
    public const string SubmissionsInstrument = "botcommit.submissions";
    public const string OutcomeTag = "botcommit.outcome";
    public const string TimingTag = "botcommit.timing";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Nudges = Meter.CreateCounter<long>(
        NudgesInstrument, "{nudge}", "Nudges by outcome: sent, throttled (Teams pushed back; retried later), delivery_unknown, unreachable, error.");

    private static readonly Counter<long> Submissions = Meter.CreateCounter<long>(
        SubmissionsInstrument, "{submission}", "Check-ins stored, by timing: on_time (before the deadline) or late.");

    /// <summary>Counts one nudge delivery's outcome (reminders, escalations and summaries are not nudges).</summary>
    public static void RecordDelivery(ScheduledActionKind kind, ActionOutcome outcome)
    {
        if (kind != ScheduledActionKind.Nudge)
        {
            return;
        }

        var name = outcome switch
        {
            ActionOutcome.Sent => "sent",
            ActionOutcome.Deferred => "throttled",
            ActionOutcome.DeliveryUnknown => "delivery_unknown",
            ActionOutcome.Failed => "unreachable",
            ActionOutcome.Error => "error",
            _ => null, // already handled elsewhere: not a delivery of this run
        };
        if (name is not null)
        {
            Nudges.Add(1, new KeyValuePair<string, object?>(OutcomeTag, name));
        }
    }

    /// <summary>Counts one stored check-in.</summary>
    public static void RecordSubmission(bool late) =>
        Submissions.Add(1, new KeyValuePair<string, object?>(TimingTag, late ? "late" : "on_time"));
}
