namespace BotCommit.Forecasting.CrmImport;

/// <summary>
/// Where a stored import stands (reported by <see cref="ImportCrmOpportunities.ImportAsync"/>): of <see cref="Rows"/>
/// opportunities, <see cref="Processed"/> are done — the rows that need no write (unchanged, unmatched, refused) at
/// once, then each rep's added and updated rows when that rep's pipeline is written. The counts only grow; at the end
/// <see cref="Processed"/> equals <see cref="Rows"/> and the counts equal the plan's.
/// </summary>
public sealed record CrmImportProgress(int Rows, int Processed, int Added, int Updated, int Unchanged, int Unmatched, int Refused);
