namespace BotCommit.Forecasting.Regions;

/// <summary>Where a node's call for the week stands. In every state but <see cref="Called"/> the roll-up is used. Persist by name.</summary>
public enum CallState
{
    Unknown = 0,

    /// <summary>A call stood at the deadline (the call of record).</summary>
    Called = 1,

    /// <summary>The deadline passed without a call: the roll-up is used, flagged "no call".</summary>
    NoCall = 2,

    /// <summary>The call is not resolved yet (its deadline is still ahead, e.g. a region's own call while its summary is read).</summary>
    Pending = 3,
}
