namespace BotCommit.Forecasting.Ports;

/// <summary>What a delivery record is for (see <see cref="ActionRecord"/>). Persist by name.</summary>
public enum ScheduledActionKind
{
    Unknown = 0,
    Nudge = 1,
    Reminder1 = 2,
    Reminder2 = 3,
    Escalation = 4,

    /// <summary>The scheduled "publish the week's summary" (subject <see cref="ActionRecord.TeamSubject"/>).</summary>
    Summary = 5,

    /// <summary>A change after the cutoff posted into the summary thread (subject <c>rep@ticks</c>, payload the deltas).</summary>
    LateChangePost = 6,

    /// <summary>The summary's root post in the managers' channel (payload: where it is).</summary>
    SummaryRoot = 7,

    /// <summary>A rep's reply in the summary thread (subject <c>rep@rootActivityId</c>).</summary>
    SummaryReply = 8,

    /// <summary>The welcome card of a personal install (subject: the conversation id).</summary>
    Welcome = 9,

    /// <summary>The setup card of a team install (subject <see cref="ActionRecord.TeamSubject"/>).</summary>
    TeamSetup = 10,

    /// <summary>
    /// The full summary (deals, every rep's line) sent privately to a manager or admin when the channel gets team figures
    /// only (subject <c>recipient@rootActivityId</c>).
    /// </summary>
    SummaryPrivateRoot = 11,

    /// <summary>One rep's details sent privately to a manager or admin (subject <c>recipient/rep@rootActivityId</c>).</summary>
    SummaryPrivateReply = 12,

    /// <summary>
    /// A change after the cutoff sent privately to a manager or admin, when the summary channel gets team figures only
    /// (subject <c>recipient/</c> + the <see cref="LateChangePost"/> record's subject).
    /// </summary>
    LateChangePrivate = 13,

    /// <summary>A region's weekly summary in its channel (issue #17), once per region and week.</summary>
    RegionSummary = 14,

    /// <summary>A node manager's call card (issue #17), once per node, week and manager.</summary>
    CallCard = 15,

    /// <summary>The monthly forecast card (issue #18) sent to a rep in month m's due week (week = that due week, subject the rep).</summary>
    MonthlyNudge = 16,

    /// <summary>The reminder of the monthly forecast (subject the rep), before its deadline.</summary>
    MonthlyReminder = 17,

    /// <summary>A missing monthly forecast escalated to the managers after its deadline (subject the rep).</summary>
    MonthlyEscalation = 18,

    /// <summary>The monthly review posted to the managers' channel (subject <see cref="ActionRecord.TeamSubject"/>).</summary>
    MonthlyReview = 19,

    /// <summary>
    /// The TOP lists and stalled deals replied once in the week's summary thread (subject <c>lists@rootActivityId</c>), or sent
    /// privately to each manager and admin when the channel gets team figures only (subject <c>recipient/lists@rootActivityId</c>).
    /// </summary>
    SummaryThreadLists = 20,

    /// <summary>
    /// The whole monthly review sent privately to one manager or admin when the managers' channel gets the team figures only
    /// (week = m's due week, subject the recipient).
    /// </summary>
    MonthlyReviewPrivate = 21,

    /// <summary>
    /// A region's monthly forecast review (its teams' reviews rolled up), posted once in the region's channel with the region's
    /// summary of m's due week (team id = the region's node id, week = m's due week, subject <see cref="ActionRecord.TeamSubject"/>).
    /// </summary>
    RegionMonthlyReview = 22,
}
