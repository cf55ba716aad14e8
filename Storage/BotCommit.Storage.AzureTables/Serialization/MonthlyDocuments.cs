namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>One month of a stored monthly forecast: month <c>yyyy-MM</c>, amounts written exactly.</summary>
internal sealed record MonthLineDocument(string Month, decimal Forecast, decimal Upside);
