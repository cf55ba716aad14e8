using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Monthly;

/// <summary>One month of the card: the values in its two inputs (as text: pre-filled, or as the rep typed them) and the pipeline hint.</summary>
public sealed record MonthlyCardRow(YearMonth Month, string? Forecast, string? Upside, PipelineHint Hint);
