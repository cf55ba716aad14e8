using BotCommit.Forecasting.Deals;

namespace BotCommit.Forecasting.CrmImport;

/// <summary>
/// One opportunity read from a CRM report (issue #19 item 2), already checked cell by cell: its row
/// (<see cref="Line"/>), the deal id made from the CRM's opportunity id (kept so that a re-import updates), the owner's
/// e-mail or UPN as the CRM wrote it, and the deal's facts. <see cref="Outcome"/> says whether the CRM calls it won or
/// lost; the rep's forecast category is never taken from the CRM for a deal the rep already has.
/// </summary>
public sealed record CrmOpportunity(int Line, DealId Id, string Owner, string Account, string Name, decimal Amount, DateOnly CloseDate, Stage Stage, CrmOutcome Outcome);

/// <summary>Where the CRM says an opportunity stands.</summary>
public enum CrmOutcome
{
    Unknown = 0,
    Open = 1,
    Won = 2,
    Lost = 3,
}
