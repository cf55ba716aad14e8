using System.Text.Json;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Bot.Summary;

/// <summary>The <see cref="SummaryPostRecord"/> of each (team, week), with ETags for optimistic concurrency.</summary>
internal sealed class SummaryPostStore(DocumentTable documents)
{
    public const string Scope = "summary-post";

    public static string Key(TeamId team, ForecastWeek week) => team.Value + "|" + week.ToString();

    public async Task<Versioned<SummaryPostRecord>?> GetAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(Scope, Key(team, week), cancellationToken);
        return document is { } found && JsonSerializer.Deserialize(found.Json, SummaryJsonContext.Default.SummaryPostRecord) is { } record
            ? new Versioned<SummaryPostRecord>(record, found.ETag)
            : null;
    }

    /// <summary>Creates (<paramref name="expectedETag"/> null) or replaces the record; returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">It exists on create, or the ETag does not match.</exception>
    public Task<string> SaveAsync(TeamId team, ForecastWeek week, SummaryPostRecord record, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return documents.SaveAsync(Scope, Key(team, week), JsonSerializer.Serialize(record, SummaryJsonContext.Default.SummaryPostRecord), expectedETag, cancellationToken);
    }
}
