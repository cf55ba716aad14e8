using BotCommit.Bot.Resources;
using BotCommit.Cards;
using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Input;

namespace BotCommit.Bot.Commands;

/// <summary>
/// A typed target (<see cref="TargetInput"/>) in words, shared by <c>set target</c> (a team) and <c>set region target</c>
/// (a region): why it was refused, with the command's usage, and its period as the reader says it.
/// </summary>
internal static class TargetText
{
    /// <summary>The refusal to answer with, or null when <paramref name="reading"/> was read.</summary>
    /// <param name="context">The command (its usage follows the problem).</param>
    /// <param name="reading">What was read.</param>
    /// <param name="fiscalYearStartMonth">The calendar the quarter was read on (named when a quarter starts off it).</param>
    public static CommandReply? Refusal(AdminCommandContext context, TargetReading reading, int fiscalYearStartMonth)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Problem switch
        {
            null => null,
            TargetProblem.Kind => context.Usage(),
            TargetProblem.Amount => context.Usage(InputErrorText.For(context.Texts, reading.AmountError, reading.AmountText)
                ?? context.Texts.Text(nameof(BotStrings.AmountNotUnderstood))),
            TargetProblem.QuarterStart => context.Usage(context.Texts.Format(nameof(BotStrings.QuarterNotAligned), Display.Month(fiscalYearStartMonth, context.Texts))),
            _ => context.Usage(context.Texts.Text(nameof(BotStrings.PeriodNotUnderstood))),
        };
    }

    /// <summary>"December 2026" / "Oct–Dec 2026" in the reader's language.</summary>
    public static string Period(CardLocale locale, TargetReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Month is { } month ? AdminText.Month(locale, month) : AdminText.Quarter(locale, reading.Quarter!.Value);
    }
}
