using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// The one definition of "the current review week": the latest week whose window has opened at an instant, the window of
/// week W opening at the earliest of its scheduled instants read on the clocks that count
/// (<see cref="ScheduleInstants.Opening"/>: each given person's zone for the rep-local times, and always the team's zone).
/// Whose clocks count is the caller's choice, and the only thing that differs between callers:
/// <list type="bullet">
/// <item>a rep's own turn (their card, <c>commit</c>, the card's parser, away and skip): that rep
/// (<see cref="ForRep"/>), so a rep in a zone ahead of the team's gets next week's card when their own Sunday nudge is
/// due, and the parser accepts it;</item>
/// <item>the schedule, <c>status</c> and the manual triggers: the roster's active reps (<see cref="ForRoster"/>), so the
/// week starts for the team as soon as it starts for its furthest-ahead rep;</item>
/// <item>team-only questions (a holiday week, the team's start week): no rep, the team's zone alone.</item>
/// </list>
/// A week stays current, for catch-up, until the next one opens. The search starts from
/// <see cref="ForecastWeek.ForSubmissionAt"/> in the team's zone and looks one week ahead and back (a nudge late on
/// Sunday leaves Sunday morning in the previous week).
/// </summary>
public static class ReviewWeek
{
    /// <exception cref="TimeZoneNotFoundException">The team's zone id is unknown on this machine.</exception>
    public static ForecastWeek At(TeamSettings team, IEnumerable<Rep> clocks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(clocks);
        var people = clocks.ToList();
        var candidate = ForecastWeek.ForSubmissionAt(now, TimeZones.Find(team.TimeZoneId)).Next;
        for (var step = 0; step < 3; step++)
        {
            if (ScheduleInstants.For(team, candidate).Opening(people) <= now)
            {
                return candidate;
            }

            candidate = candidate.Previous;
        }

        return candidate;
    }

    /// <summary>The week of one rep's own turn: their zone and the team's count.</summary>
    public static ForecastWeek ForRep(TeamSettings team, Rep rep, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rep);
        return At(team, [rep], now);
    }

    /// <summary>The week the schedule works on: the zones of the roster's active reps (managers are not nudged) count.</summary>
    public static ForecastWeek ForRoster(TeamSettings team, IReadOnlyList<Rep> roster, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return At(team, roster.Where(r => r.Active && !r.IsManager), now);
    }
}
