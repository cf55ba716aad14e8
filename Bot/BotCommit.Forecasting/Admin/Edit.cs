namespace BotCommit.Forecasting.Admin;

/// <summary>
/// What applying a command to the current value gives: the new value and its audited changes, nothing to do (the value
/// is already so), or a refusal in the user's words. Applied again on a fresh copy after a concurrency conflict.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Edit<Rep>.To(...) reads as what it does at every call site.")]
public sealed record Edit<T>(T? Value, IReadOnlyList<SettingChange> Changes, string? Refusal)
    where T : class
{
    public static Edit<T> To(T value, params SettingChange[] changes) => new(value, changes, null);

    public static Edit<T> Unchanged(T value) => new(value, [], null);

    public static Edit<T> Refuse(string message) => new(null, [], message);
}
