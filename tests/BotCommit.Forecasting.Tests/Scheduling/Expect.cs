using BotCommit.Forecasting.Ports;
using BotCommit.Testing.Scheduling;

namespace BotCommit.Forecasting.Tests.Scheduling;

/// <summary>Assertions over the recording notifier: each expected (subject, kind) exactly once, on time, and nothing else.</summary>
public static class Expect
{
    /// <summary>An expected send: at the first tick at or after <paramref name="At"/>.</summary>
    public sealed record Send(string Subject, ScheduledActionKind Kind, DateTimeOffset At);

    public static void ExactlyOnceOnTime(IReadOnlyList<SentMessage> calls, params Send[] expected)
    {
        foreach (var send in expected)
        {
            var matching = calls.Where(c => c.Subject == send.Subject && c.Kind == send.Kind).ToList();
            Assert.True(matching.Count == 1, $"{send.Kind} for {send.Subject}: expected once, got {matching.Count} ({string.Join(", ", matching.Select(m => m.At.ToString("u")))}).");
            var lag = matching[0].At - send.At;
            Assert.True(
                lag >= TimeSpan.Zero && lag < TimeSpan.FromMinutes(1),
                $"{send.Kind} for {send.Subject}: expected at {send.At:u}, sent at {matching[0].At:u}.");
        }

        var unexpected = calls.Where(c => !expected.Any(e => e.Subject == c.Subject && e.Kind == c.Kind)).ToList();
        Assert.True(unexpected.Count == 0, "Unexpected sends: " + string.Join(", ", unexpected.Select(u => $"{u.Kind} {u.Subject} at {u.At:u}")));
    }
}
