using BotCommit.Forecasting.Metrics;

namespace BotCommit.Forecasting.Regions;

/// <summary>Computes a region's summary (pure) from the week rolled up under it (<see cref="RollUpCalculator"/>) and its history.</summary>
public static class RegionSummaryCalculator
{
    public static RegionSummary Compute(RegionSummaryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.History);
        var tree = input.Tree;
        if (tree[input.Region].IsTeam)
        {
            throw new ArgumentException($"'{input.Region}' is a team; a team's summary is the Monday summary.", nameof(input));
        }

        var weeks = RollUpCalculator.Compute(tree, input.Region, input.Week, input.Teams, input.Calls).ToDictionary(n => n.Id);
        var records = input.History.Where(r => r.Week < input.Week).Concat(weeks.Values.Select(n => n.ToRecord())).ToList();
        var lastWeek = input.History.Where(r => r.Week == input.Week.Previous).ToDictionary(r => r.Node);

        var region = weeks[input.Region];
        var children = tree.Children(input.Region).Select(c => weeks[c.Id]).ToList();
        var ownLine = Line(region, lastWeek, records, region.CallsExpectedBelow, region.CallsMadeBelow);
        var childLines = children
            .Select(c => Line(c, lastWeek, records, c.CallsExpectedBelow + (c.CallExpected ? 1 : 0), c.CallsMadeBelow + (c.CallExpected && c.State == CallState.Called ? 1 : 0)))
            .ToList();
        return new RegionSummary(region.Period, ownLine, childLines, BiggestJudgements(children));
    }

    private static RegionLine Line(NodeWeek week, Dictionary<NodeId, CallRecord> lastWeek, List<CallRecord> records, int callsExpected, int callsMade)
    {
        var previous = lastWeek.GetValueOrDefault(week.Id);
        var actual = week.Sums.LastWeekActual;
        var callAttainment = previous is null ? null : Ratio.Of(actual, previous.Call.ThisWeekCommit);
        var latestRevision = week.Resolved is { Revisions.Count: > 0 } resolved ? resolved.Revisions[^1].Apply(week.RollUp) : null;
        return new RegionLine(week.Node, week.RollUp, week.Call, week.State)
        {
            CalledBy = week.CalledBy,
            CalledAt = week.CalledAt,
            Record = week.Resolved?.Record,
            Revisions = week.Resolved?.Revisions ?? [],
            LatestRevision = latestRevision,
            LastWeekActual = actual,
            LastWeekCall = previous?.Call.ThisWeekCommit,
            LastWeekNoCall = previous?.NoCall ?? false,
            CallAttainment = callAttainment,
            CallAttainmentOutsideBand = callAttainment is { } a && SummaryBands.IsAttainmentOutside(a),
            LastWeekRollUp = previous?.RollUp.ThisWeekCommit,
            RollUpAttainment = previous is null ? null : Ratio.Of(actual, previous.RollUp.ThisWeekCommit),
            MonthTarget = week.MonthTarget,
            QuarterTarget = week.QuarterTarget,
            MonthForecastToTarget = ToTarget(week.Call.MonthForecast, week.MonthTarget),
            QuarterForecastToTarget = ToTarget(week.Call.QuarterForecast, week.QuarterTarget),
            RollUpMonthForecastToTarget = ToTarget(week.RollUp.MonthForecast, week.MonthTarget),
            RollUpQuarterForecastToTarget = ToTarget(week.RollUp.QuarterForecast, week.QuarterTarget),
            OpenPipelineRestOfQuarter = week.Sums.OpenPipelineRestOfQuarter,
            WonInQuarter = week.Sums.WonInQuarter,
            PipelineCoverage = week.QuarterTarget is { } quarter
                ? Ratio.OfPositive(week.Sums.OpenPipelineRestOfQuarter, quarter - week.Sums.WonInQuarter)
                : null,
            RepsExpected = week.Sums.RepsExpected,
            RepsOnTime = week.Sums.RepsOnTime,
            RepCompliance = Ratio.Of(week.Sums.RepsOnTime, week.Sums.RepsExpected),
            CallsExpected = callsExpected,
            CallsMade = callsMade,
            ManagerCompliance = Ratio.Of(callsMade, callsExpected),
            Managers = [.. week.Node.Managers.Select(m => new ManagerJudgement(m, CallAccuracyCalculator.ForManager(m, week.Period.Week, records)))],
        };
    }

    private static decimal? ToTarget(decimal forecast, decimal? target) => target is { } t ? Ratio.OfPositive(forecast, t) : null;

    private static List<JudgementChange> BiggestJudgements(List<NodeWeek> children) =>
        [.. children
            .Where(c => c.State == CallState.Called)
            .SelectMany(c => CallFigures.All
                .Where(f => c.Judgement[f] != 0m)
                .Select(f => new JudgementChange(c.Id, c.Node.Name, f, c.RollUp[f], c.Call[f], c.Resolved!.Record!.NotesFor(f))))
            .OrderByDescending(j => Math.Abs(j.Delta))
            .ThenBy(j => j.Node)
            .ThenBy(j => j.Figure)];
}
