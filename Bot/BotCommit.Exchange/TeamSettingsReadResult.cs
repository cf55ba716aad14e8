using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>The outcome of reading a team settings JSON: the settings and the roster, or the errors (never both).</summary>
public sealed record TeamSettingsReadResult
{
    internal TeamSettingsReadResult(TeamSettings? settings, IReadOnlyList<Rep> reps, IReadOnlyList<JsonError> errors)
    {
        Errors = errors;
        Settings = errors.Count == 0 ? settings : null;
        Reps = errors.Count == 0 ? reps : [];
    }

    /// <summary>The settings; null when there are errors.</summary>
    public TeamSettings? Settings { get; }

    /// <summary>The roster in file order; empty when there are errors.</summary>
    public IReadOnlyList<Rep> Reps { get; }

    public IReadOnlyList<JsonError> Errors { get; }

    public bool Succeeded => Errors.Count == 0 && Settings is not null;
}
