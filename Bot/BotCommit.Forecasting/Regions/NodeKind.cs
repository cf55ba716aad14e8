namespace BotCommit.Forecasting.Regions;

/// <summary>What a node of the organisation tree is. Persist by name.</summary>
public enum NodeKind
{
    Unknown = 0,

    /// <summary>A team: reps who check in weekly. Always a leaf.</summary>
    Team = 1,

    /// <summary>A region: child teams or regions, whose calls it rolls up.</summary>
    Region = 2,
}
