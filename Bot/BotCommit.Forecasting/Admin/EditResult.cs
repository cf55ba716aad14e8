namespace BotCommit.Forecasting.Admin;

/// <summary>The outcome of an optimistic update: status, the value now stored (or current), and what was audited.</summary>
public sealed record EditResult<T>(EditStatus Status, T? Value, IReadOnlyList<SettingChange> Changes, string? Refusal)
    where T : class
{
    /// <summary>The change of <paramref name="setting"/> that was saved, if any.</summary>
    public SettingChange? ChangeOf(string setting) => Changes.FirstOrDefault(c => string.Equals(c.Setting, setting, StringComparison.Ordinal));
}
