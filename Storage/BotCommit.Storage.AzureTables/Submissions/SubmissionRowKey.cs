using BotCommit.Forecasting.Deals;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>A parsed Submissions RowKey: the escaped rep part, and for a line its generation and deal.</summary>
internal readonly record struct SubmissionRowKey(string RepPart, int? Generation, DealId Deal)
{
    public bool IsHeader => Generation is null;
}
