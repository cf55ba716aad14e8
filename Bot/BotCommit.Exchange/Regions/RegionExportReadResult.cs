using BotCommit.Forecasting.Regions;

namespace BotCommit.Exchange.Regions;

/// <summary>The outcome of <see cref="RegionExportJson.Read"/>: the content, or the errors (never both).</summary>
public sealed record RegionExportReadResult(RegionExportContent? Content, IReadOnlyList<JsonError> Errors)
{
    public bool Succeeded => Content is not null && Errors.Count == 0;

    internal static RegionExportReadResult Failed(JsonError error) => new(null, [error]);
}
