namespace BotCommit.Forecasting.Input;

/// <summary>Month or quarter target. Persist by name.</summary>
public enum TargetKind
{
    Unknown = 0,
    Month = 1,
    Quarter = 2,
}
