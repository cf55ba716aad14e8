using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The calls' schedule as data (pure): each node's call window for a week, from the tree's settings and the instants
/// the teams' records become final. Default deadline: a team's manager calls Monday 12:00 (after the 09:00 call), and
/// each region level one day later at 12:00 (Tuesday for a region of teams, Wednesday above), each on its own zone, so
/// a parent always calls after its children and has its summary in between — a parent due at the same Monday noon
/// could never see its children's calls. A node's own deadline replaces the default; <see cref="CallWindow.IsValid"/>
/// tells when that breaks the order.
/// </summary>
public static class CallSchedule
{
    /// <summary>Reminders before the deadline when a node has not called yet.</summary>
    public static IReadOnlyList<TimeSpan> ReminderLeads { get; } = [TimeSpan.FromHours(2)];

    /// <summary>Monday 12:00 for a team (height 0); one day later per region level above teams.</summary>
    public static LocalWeeklyTime DefaultDeadline(int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, OrgTree.MaxDepth - 1);
        return new LocalWeeklyTime((DayOfWeek)(((int)DayOfWeek.Monday + height) % 7), new TimeOnly(12, 0));
    }

    /// <summary>
    /// The call windows of every node of <paramref name="tree"/> under (and at) <paramref name="top"/> for
    /// <paramref name="week"/>, children before parents. <paramref name="teamRecordsFinal"/> gives, per team in that
    /// subtree, the instant its reps' snapshots of record are final (its summary's posting or scheduled time).
    /// A region without children opens at its deadline (nothing to roll up).
    /// </summary>
    /// <exception cref="ArgumentException">A team of the subtree has no instant in <paramref name="teamRecordsFinal"/>.</exception>
    /// <exception cref="TimeZoneNotFoundException">A node's effective zone is not known on this machine.</exception>
    public static IReadOnlyList<CallWindow> Compute(
        OrgTree tree, NodeId top, ForecastWeek week, IReadOnlyDictionary<TeamId, DateTimeOffset> teamRecordsFinal)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(teamRecordsFinal);
        var windows = new Dictionary<NodeId, CallWindow>();
        foreach (var node in tree.BottomUp(top))
        {
            var settings = tree.Settings(node.Id);
            var zone = TimeZones.Find(settings.TimeZoneId);
            var deadline = settings.CallDeadline.InstantIn(week, zone);
            DateTimeOffset opens;
            if (node.Team is { } team)
            {
                opens = teamRecordsFinal.TryGetValue(team, out var final)
                    ? final
                    : throw new ArgumentException($"No instant for team '{team}' whose records become final.", nameof(teamRecordsFinal));
            }
            else
            {
                var children = tree.Children(node.Id);
                opens = children.Count == 0 ? deadline : children.Max(c => windows[c.Id].Deadline);
            }

            var reminders = ReminderLeads.Select(lead => deadline - lead).Where(at => at > opens).Order().ToList();
            var escalateTo = node.Parent is { } parent ? tree[parent].Managers : [];
            windows[node.Id] = new CallWindow(node.Id, week, opens, deadline, reminders, escalateTo);
        }

        return [.. windows.Values];
    }
}
