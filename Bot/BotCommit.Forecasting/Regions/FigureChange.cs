namespace BotCommit.Forecasting.Regions;

/// <summary>A manager's own value for one call figure, with the note that explains it (as entered; see <see cref="ManagerCallRules"/>).</summary>
public sealed record FigureChange(CallFigure Figure, decimal Value, string Note);
