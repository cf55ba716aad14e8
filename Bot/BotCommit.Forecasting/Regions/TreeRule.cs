namespace BotCommit.Forecasting.Regions;

/// <summary>A rule of the organisation tree that a set of nodes breaks (see <see cref="OrgTree.Check"/>). Persist by name.</summary>
public enum TreeRule
{
    Unknown = 0,

    /// <summary>Two nodes share an id (a node has one parent, so it appears once).</summary>
    DuplicateNode = 1,

    /// <summary>The parent is not in the tree.</summary>
    ParentNotFound = 2,

    /// <summary>The parent is a team; a team is a leaf.</summary>
    ParentIsTeam = 3,

    /// <summary>Following the parents comes back to the node.</summary>
    Cycle = 4,

    /// <summary>The node is more than <see cref="OrgTree.MaxDepth"/> levels down from its root.</summary>
    TooDeep = 5,

    /// <summary>A team node carries targets; a team's targets live in its team settings.</summary>
    TeamHasTargets = 6,

    /// <summary>A target is negative, or its key is not a <c>yyyy-MM</c> month.</summary>
    InvalidTarget = 7,

    /// <summary>A quarter target's key is not the first month of a fiscal quarter of the node's calendar.</summary>
    QuarterTargetNotAligned = 8,

    /// <summary>The node's time zone id is not known on this machine.</summary>
    UnknownTimeZone = 9,

    /// <summary>
    /// The node's fiscal year starts in a month whose quarters do not line up with its parent's (the start months
    /// differ by other than a multiple of three), so its quarter figures could not be added into the parent's.
    /// </summary>
    FiscalQuarterNotAligned = 10,

    /// <summary>The node's currency differs from its parent's: roll-ups add amounts and never convert.</summary>
    CurrencyDiffersFromParent = 11,

    /// <summary>The same manager is listed twice, or more than <see cref="OrgTree.MaxManagers"/> are listed.</summary>
    InvalidManagers = 12,

    /// <summary>A node with children cannot be removed (move or remove them first).</summary>
    HasChildren = 13,

    /// <summary>The node to change or remove is not in the tree.</summary>
    NodeNotFound = 14,

    /// <summary>An existing node cannot change between team and region (remove it and add the other kind).</summary>
    KindChanged = 15,
}
