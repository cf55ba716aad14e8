namespace BotCommit.Forecasting.Admin;

/// <summary>
/// One audited change: the setting's key (see <see cref="SettingKeys"/>, e.g. <c>deadline</c> or
/// <c>monthTarget:2026-12</c>) and the values before and after as invariant text (null = not set).
/// </summary>
public sealed record SettingChange(string Setting, string? Before, string? After);
