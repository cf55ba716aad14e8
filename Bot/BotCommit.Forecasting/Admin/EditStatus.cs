namespace BotCommit.Forecasting.Admin;

/// <summary>How an optimistic update ended.</summary>
public enum EditStatus
{
    Unknown = 0,

    /// <summary>Saved and audited.</summary>
    Saved = 1,

    /// <summary>Nothing to change: the value was already so.</summary>
    Unchanged = 2,

    /// <summary>The edit refused (see <see cref="EditResult{T}.Refusal"/>); nothing saved.</summary>
    Refused = 3,

    /// <summary>Someone else changed it twice meanwhile; nothing saved, the user should retry.</summary>
    Conflict = 4,

    /// <summary>The item to change does not exist.</summary>
    Missing = 5,
}
