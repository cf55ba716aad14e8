namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>What a recorded monthly forecast became (<see cref="RecordMonthlyForecast"/>). Persist by name.</summary>
public enum MonthlySubmissionKind
{
    Unknown = 0,

    /// <summary>Recorded by the deadline: the forecast of record until a later on-time edit replaces it.</summary>
    OnTime = 1,

    /// <summary>The rep's first submission for m, after the deadline but no later than the review: the late record.</summary>
    Late = 2,

    /// <summary>Recorded after the record (or after the review): kept, pre-fills next month's card, never the record.</summary>
    Revision = 3,
}
