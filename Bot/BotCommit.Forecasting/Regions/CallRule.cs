namespace BotCommit.Forecasting.Regions;

/// <summary>A rule of <see cref="ManagerCallRules"/> that an entered call breaks; the card layer words it. Persist by name.</summary>
public enum CallRule
{
    Unknown = 0,

    /// <summary>The sender is not one of the node's managers.</summary>
    NotAManager = 1,

    /// <summary>The entry is for another node or week than the card's.</summary>
    WrongNodeOrWeek = 2,

    /// <summary>A change names no call figure, or the same figure twice.</summary>
    FigureInvalid = 3,

    /// <summary>A changed figure or a moved deal has no note.</summary>
    NoteRequired = 4,

    /// <summary>A note is longer than <see cref="ManagerCallRules.MaxNoteLength"/>.</summary>
    NoteTooLong = 5,

    /// <summary>A figure would be negative.</summary>
    NegativeFigure = 6,

    /// <summary>An amount has more than two decimals.</summary>
    TooManyDecimals = 7,

    /// <summary>The quarter's forecast is below the month's (the month is part of the quarter).</summary>
    QuarterForecastBelowMonthForecast = 8,

    /// <summary>The quarter's upside is below the month's.</summary>
    QuarterUpsideBelowMonthUpside = 9,

    /// <summary>The month's forecast is below this week's commit, in a week that lies inside the month.</summary>
    MonthForecastBelowWeekCommit = 10,

    /// <summary>The month's upside is below this week's upside, in a week that lies inside the month.</summary>
    MonthUpsideBelowWeekUpside = 11,

    /// <summary>The moved deal is not a deal of a rep under the node.</summary>
    DealNotFound = 12,

    /// <summary>The moved deal is Won or Lost: only open deals can be counted differently.</summary>
    DealNotOpen = 13,

    /// <summary>A deal can be moved only to Commit, Upside or Pipeline (a manager does not book or lose deals).</summary>
    MoveToClosedCategory = 14,

    /// <summary>The deal is already in that category.</summary>
    MoveToSameCategory = 15,

    /// <summary>The same deal is moved twice in one call.</summary>
    DealMovedTwice = 16,
}
