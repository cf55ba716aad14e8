using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

/// <summary>
/// 2026-W47: Monday 2026-11-16. Zones in November: Berlin +1, London +0, Shanghai +8, Sydney +11 (daylight time).
/// Each team's records are final at its summary, Monday 08:00 local.
/// </summary>
public class CallScheduleTests
{
    private static readonly OrgNode[] Nodes =
    [
        OrgTreeTests.Region("org", null) with { TimeZoneId = "Europe/Berlin", Managers = [RepId.From("vp")] },
        OrgTreeTests.Region("emea", "org") with { Managers = [RepId.From("m-emea")] },
        OrgTreeTests.Region("apac", "org") with { TimeZoneId = "Asia/Shanghai" },
        OrgTreeTests.Team("t-de", "emea"),
        OrgTreeTests.Team("t-uk", "emea") with { TimeZoneId = "Europe/London" },
        OrgTreeTests.Team("t-au", "apac") with { TimeZoneId = "Australia/Sydney" },
        OrgTreeTests.Team("t-cn", "apac"),
    ];

    private static readonly Dictionary<TeamId, DateTimeOffset> RecordsFinal = new()
    {
        [TeamId.From("t-de")] = Utc("2026-11-16T07:00"),
        [TeamId.From("t-uk")] = Utc("2026-11-16T08:00"),
        [TeamId.From("t-au")] = Utc("2026-11-15T21:00"),
        [TeamId.From("t-cn")] = Utc("2026-11-16T00:00"),
    };

    [Fact]
    public void Compute_DefaultDeadlines_ChildrenFirstEachOnItsZoneParentsOpenAtTheLatestChildDeadline()
    {
        var tree = OrgTree.Create(Nodes);

        var windows = CallSchedule.Compute(tree, NodeId.From("org"), Given.Week("2026-W47"), RecordsFinal).ToDictionary(w => w.Node.Value);

        Assert.Equal(["t-au", "t-cn", "apac", "t-de", "t-uk", "emea", "org"], windows.Keys);
        Assert.Equal((Utc("2026-11-16T07:00"), Utc("2026-11-16T11:00")), (windows["t-de"].Opens, windows["t-de"].Deadline)); // 12:00 Berlin
        Assert.Equal(Utc("2026-11-16T12:00"), windows["t-uk"].Deadline); // 12:00 London
        Assert.Equal(Utc("2026-11-16T01:00"), windows["t-au"].Deadline); // 12:00 Sydney (+11)
        Assert.Equal(Utc("2026-11-16T04:00"), windows["t-cn"].Deadline); // 12:00 Shanghai
        Assert.Equal((Utc("2026-11-16T04:00"), Utc("2026-11-17T04:00")), (windows["apac"].Opens, windows["apac"].Deadline)); // opens at t-cn's; Tuesday 12:00 Shanghai
        Assert.Equal((Utc("2026-11-16T12:00"), Utc("2026-11-17T11:00")), (windows["emea"].Opens, windows["emea"].Deadline)); // opens at t-uk's; Tuesday 12:00 Berlin
        Assert.Equal((Utc("2026-11-17T11:00"), Utc("2026-11-18T11:00")), (windows["org"].Opens, windows["org"].Deadline)); // Wednesday 12:00 Berlin
        Assert.Equal([Utc("2026-11-16T09:00")], windows["t-de"].Reminders); // two hours before
        Assert.Equal(["m-emea"], windows["t-de"].EscalateTo.Select(m => m.Value));
        Assert.Equal(["vp"], windows["apac"].EscalateTo.Select(m => m.Value));
        Assert.Empty(windows["org"].EscalateTo);
        Assert.All(windows.Values, w => Assert.True(w.IsValid, w.Node.Value));
    }

    [Fact]
    public void Compute_RegionSetToCallAtMondayNoonOnAnEarlierZoneThanAChild_IsNotValid()
    {
        var tree = OrgTree.Create([.. Nodes.Where(n => n.Id.Value != "emea"), Nodes.Single(n => n.Id.Value == "emea") with { CallDeadline = new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(12, 0)) }]);

        var emea = CallSchedule.Compute(tree, NodeId.From("emea"), Given.Week("2026-W47"), RecordsFinal).Single(w => w.Node.Value == "emea");

        Assert.Equal((Utc("2026-11-16T12:00"), Utc("2026-11-16T11:00")), (emea.Opens, emea.Deadline)); // London's noon is after Berlin's
        Assert.False(emea.IsValid);
        Assert.Empty(emea.Reminders); // 09:00Z would be before the window opens
    }

    [Fact]
    public void Compute_TeamWithoutRecordsInstant_Throws()
    {
        var tree = OrgTree.Create(Nodes);

        Assert.Throws<ArgumentException>(() => CallSchedule.Compute(tree, NodeId.From("org"), Given.Week("2026-W47"), new Dictionary<TeamId, DateTimeOffset>()));
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z", System.Globalization.CultureInfo.InvariantCulture);
}
