using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The rules a manager's call meets (pure). A call is the roll-up with the manager's judgement: figures they set, each
/// with a note, and deals they count in another open category, each with a note; the call's figures follow the moved
/// deals unless the manager set that figure. Problems come in a fixed order: sender and card, figures, moves,
/// consistency of the resulting figures.
/// </summary>
public static class ManagerCallRules
{
    public const int MaxNoteLength = 500;

    public static IReadOnlyList<CallProblem> Check(CallEntry entry, CallContext context)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<CallProblem>();
        if (!context.Node.Managers.Contains(entry.Submitter))
        {
            problems.Add(new CallProblem(CallRule.NotAManager));
        }

        if (entry.Node != context.Node.Id || entry.Week != context.Period.Week)
        {
            problems.Add(new CallProblem(CallRule.WrongNodeOrWeek));
        }

        CheckChanges(entry.Changes, problems);
        var moves = CheckMoves(entry.Moves, context, problems);
        if (problems.Count == 0)
        {
            CheckConsistency(Figures(entry, context, moves), context, problems);
        }

        return problems;
    }

    /// <summary>The call to store when <paramref name="entry"/> breaks no rule; <paramref name="at"/> is the instant it was received.</summary>
    public static CallAcceptance Accept(CallEntry entry, CallContext context, DateTimeOffset at)
    {
        var problems = Check(entry, context);
        if (problems.Count > 0)
        {
            return new CallAcceptance(null, problems);
        }

        var moves = entry.Moves.Select(m => Resolve(m, Find(context, m)!, context)).ToList();
        return new CallAcceptance(new CallSubmission(entry.Node, entry.Week, entry.Submitter, at.ToUniversalTime(), [.. entry.Changes], moves), []);
    }

    private static void CheckChanges(IReadOnlyList<FigureChange> changes, List<CallProblem> problems)
    {
        var seen = new HashSet<CallFigure>();
        foreach (var change in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            if (!CallFigures.All.Contains(change.Figure) || !seen.Add(change.Figure))
            {
                problems.Add(new CallProblem(CallRule.FigureInvalid, change.Figure));
                continue;
            }

            CheckNote(change.Note, problems, change.Figure, null);
            if (change.Value < 0m)
            {
                problems.Add(new CallProblem(CallRule.NegativeFigure, change.Figure));
            }
            else if (decimal.Round(change.Value, 2) != change.Value)
            {
                problems.Add(new CallProblem(CallRule.TooManyDecimals, change.Figure));
            }
        }
    }

    private static List<MovedDeal> CheckMoves(IReadOnlyList<DealMoveRequest> moves, CallContext context, List<CallProblem> problems)
    {
        var resolved = new List<MovedDeal>();
        var seen = new HashSet<(RepId, DealId)>();
        foreach (var move in moves)
        {
            ArgumentNullException.ThrowIfNull(move, nameof(moves));
            var problemsBefore = problems.Count;
            if (!seen.Add((move.Rep, move.Deal)))
            {
                problems.Add(new CallProblem(CallRule.DealMovedTwice, null, move.Deal));
                continue;
            }

            CheckNote(move.Note, problems, null, move.Deal);
            var found = Find(context, move);
            if (found is null)
            {
                problems.Add(new CallProblem(CallRule.DealNotFound, null, move.Deal));
            }
            else if (!found.Deal.IsOpen)
            {
                problems.Add(new CallProblem(CallRule.DealNotOpen, null, move.Deal));
            }
            else if (move.To is not (ForecastCategory.Commit or ForecastCategory.Upside or ForecastCategory.Pipeline))
            {
                problems.Add(new CallProblem(CallRule.MoveToClosedCategory, null, move.Deal));
            }
            else if (move.To == found.Deal.Category)
            {
                problems.Add(new CallProblem(CallRule.MoveToSameCategory, null, move.Deal));
            }

            if (problems.Count == problemsBefore)
            {
                resolved.Add(Resolve(move, found!, context));
            }
        }

        return resolved;
    }

    private static void CheckNote(string? note, List<CallProblem> problems, CallFigure? figure, DealId? deal)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add(new CallProblem(CallRule.NoteRequired, figure, deal));
        }
        else if (note.Length > MaxNoteLength)
        {
            problems.Add(new CallProblem(CallRule.NoteTooLong, figure, deal));
        }
    }

    private static void CheckConsistency(CallFigures figures, CallContext context, List<CallProblem> problems)
    {
        foreach (var figure in CallFigures.All.Where(f => figures[f] < 0m))
        {
            problems.Add(new CallProblem(CallRule.NegativeFigure, figure));
        }

        if (figures.QuarterForecast < figures.MonthForecast)
        {
            problems.Add(new CallProblem(CallRule.QuarterForecastBelowMonthForecast, CallFigure.QuarterForecast));
        }

        if (figures.QuarterUpside < figures.MonthUpside)
        {
            problems.Add(new CallProblem(CallRule.QuarterUpsideBelowMonthUpside, CallFigure.QuarterUpside));
        }

        var weekInMonth = context.Period.Month.Contains(context.Period.Sunday);
        if (weekInMonth && figures.MonthForecast < figures.ThisWeekCommit)
        {
            problems.Add(new CallProblem(CallRule.MonthForecastBelowWeekCommit, CallFigure.MonthForecast));
        }

        if (weekInMonth && figures.MonthUpside < figures.ThisWeekUpside)
        {
            problems.Add(new CallProblem(CallRule.MonthUpsideBelowWeekUpside, CallFigure.MonthUpside));
        }
    }

    private static CallFigures Figures(CallEntry entry, CallContext context, List<MovedDeal> moves) =>
        new CallSubmission(entry.Node, entry.Week, entry.Submitter, default, entry.Changes, moves).Apply(context.RollUp);

    private static CallableDeal? Find(CallContext context, DealMoveRequest move) =>
        context.Deals.FirstOrDefault(d => d.Rep == move.Rep && d.Deal.Id == move.Deal);

    private static MovedDeal Resolve(DealMoveRequest move, CallableDeal found, CallContext context) =>
        new(found.Team, found.Rep, found.Deal.Id, found.Deal.Category, move.To, found.Deal.Amount, found.Deal.CloseDate,
            CallContribution.OfMove(found.Deal, move.To, context.Period), move.Note)
        {
            Account = found.Deal.Account,
            Name = found.Deal.Name,
        };
}
