namespace BotCommit.Forecasting.Teams;

/// <summary>
/// How a team's amounts are shown to people (never how they are stored): grouped thousands in the team's culture
/// (<c>1,250,000</c>), or Chinese myriads for Chinese readers (<c>125万</c>, <c>1.2亿</c>). Persist by name.
/// </summary>
public enum AmountStyle
{
    Unknown = 0,
    Grouped = 1,
    Myriads = 2,
}
