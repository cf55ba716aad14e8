using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.Monthly;

namespace BotCommit.Cards.Monthly;

/// <summary>What <see cref="MonthlyForecastParser"/> read from a monthly card action.</summary>
public abstract record MonthlyParseResult
{
    private MonthlyParseResult()
    {
    }

    /// <summary>Every value read (empty ones as null, for the domain's rules to judge) and the action plan as typed.</summary>
    public sealed record Submitted(IReadOnlyList<MonthlyForecastEntry> Entries, string? ActionPlan) : MonthlyParseResult;

    /// <summary>Some values could not be read: the errors, and the rows and plan as typed, to show again.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors, IReadOnlyList<(string? Forecast, string? Upside)> Typed, string? ActionPlan) : MonthlyParseResult;

    /// <summary>"Edit" on the receipt.</summary>
    public sealed record Edit : MonthlyParseResult;

    /// <summary>A card of another month or layout (an old card pressed late): not applied; the rep gets the current card.</summary>
    public sealed record Stale : MonthlyParseResult;
}
