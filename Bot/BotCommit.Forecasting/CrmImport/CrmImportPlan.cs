using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.CrmImport;

/// <summary>
/// What importing CRM opportunities into a team's pipelines does (the dry run shows it; the import stores
/// <see cref="Pipelines"/>): how many deals are added and updated, which rows are unmatched (no rep with that owner
/// e-mail/UPN) or refused, with their reasons in file order.
/// </summary>
public sealed record CrmImportPlan(
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<CrmImportIssue> Unmatched,
    IReadOnlyList<CrmImportIssue> Refused,
    IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> Pipelines)
{
    /// <summary>Per rep whose pipeline gains a deal: how many of the added and updated rows land there (progress reports them per write).</summary>
    public IReadOnlyDictionary<RepId, CrmRepChanges> ChangesByRep { get; init; } = new Dictionary<RepId, CrmRepChanges>();

    /// <summary>
    /// The rules, in one place. A row's deal id (from the CRM's opportunity id) finds the deal wherever it is in the
    /// team: found, its account, name, amount, close date and stage follow the CRM while its category, checklist,
    /// reason and unrealized flag stay the rep's (the rep's commit is the rep's call); an owner change in the CRM moves
    /// it to the new owner's pipeline. Not found, it is added as Pipeline (Won or Lost when the CRM closed it), which
    /// the rep categorises on their next card. Refused: a second row with the same id, or a pipeline that would exceed
    /// <see cref="Submission.MaxDeals"/>. Unmatched: the owner is not a rep of the team.
    /// </summary>
    /// <param name="rows">The opportunities in file order.</param>
    /// <param name="repOf">The rep whose e-mail or UPN is this (case-insensitive), or null.</param>
    /// <param name="current">Every rep's current pipeline.</param>
    public static CrmImportPlan Build(
        IReadOnlyList<CrmOpportunity> rows, Func<string, RepId?> repOf, IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> current)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(repOf);
        ArgumentNullException.ThrowIfNull(current);
        var pipelines = current.ToDictionary(p => p.Key, p => p.Value.ToList());
        var owners = current.SelectMany(p => p.Value.Select(d => (d.Id, Rep: p.Key))).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Rep);
        var seen = new Dictionary<DealId, int>();
        var changed = new HashSet<RepId>();
        var unmatched = new List<CrmImportIssue>();
        var refused = new List<CrmImportIssue>();
        int added = 0, updated = 0, unchanged = 0;
        var byRep = new Dictionary<RepId, CrmRepChanges>();
        void Count(RepId rep, int add, int update) =>
            byRep[rep] = byRep.TryGetValue(rep, out var c) ? new CrmRepChanges(c.Added + add, c.Updated + update) : new CrmRepChanges(add, update);
        foreach (var row in rows)
        {
            if (seen.TryGetValue(row.Id, out var firstLine))
            {
                refused.Add(new CrmImportIssue(row.Line, CrmIssueKind.DuplicateId, row.Id.Value, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            seen[row.Id] = row.Line;
            if (repOf(row.Owner) is not { } rep)
            {
                unmatched.Add(new CrmImportIssue(row.Line, CrmIssueKind.OwnerNotARep, row.Owner, null));
                continue;
            }

            var target = pipelines.TryGetValue(rep, out var list) ? list : pipelines[rep] = [];
            if (owners.TryGetValue(row.Id, out var holder))
            {
                var existing = pipelines[holder].First(d => d.Id == row.Id);
                var next = existing with { Account = row.Account, Name = row.Name, Amount = row.Amount, CloseDate = row.CloseDate, Stage = row.Stage };
                if (holder == rep && next == existing)
                {
                    unchanged++;
                    continue;
                }

                if (holder != rep && target.Count >= Submission.MaxDeals)
                {
                    refused.Add(new CrmImportIssue(row.Line, CrmIssueKind.TooManyDeals, row.Owner, null));
                    continue;
                }

                pipelines[holder].Remove(existing);
                changed.Add(holder);
                (holder == rep ? pipelines[holder] : target).Add(next);
                owners[row.Id] = rep;
                changed.Add(rep);
                updated++;
                Count(rep, 0, 1);
                continue;
            }

            if (target.Count >= Submission.MaxDeals)
            {
                refused.Add(new CrmImportIssue(row.Line, CrmIssueKind.TooManyDeals, row.Owner, null));
                continue;
            }

            var category = row.Outcome switch
            {
                CrmOutcome.Won => ForecastCategory.Won,
                CrmOutcome.Lost => ForecastCategory.Lost,
                _ => ForecastCategory.Pipeline,
            };
            target.Add(new DealForecast(row.Id, row.Account, row.Name, category, row.Amount, row.CloseDate, row.Stage));
            owners[row.Id] = rep;
            changed.Add(rep);
            added++;
            Count(rep, 1, 0);
        }

        var result = changed.ToDictionary(r => r, r => (IReadOnlyList<DealForecast>)pipelines[r].AsReadOnly());
        return new CrmImportPlan(added, updated, unchanged, unmatched, refused, result) { ChangesByRep = byRep };
    }
}

/// <summary>How many added and updated rows of an import land in one rep's pipeline.</summary>
public sealed record CrmRepChanges(int Added, int Updated);

/// <summary>A row the import leaves out: its line, why, and what the message needs (the owner, the id, the first line).</summary>
public sealed record CrmImportIssue(int Line, CrmIssueKind Kind, string Subject, string? Detail)
{
    /// <summary>For <see cref="CrmIssueKind.BadValue"/>: the cell's 1-based column, its header and what it held (shortened).</summary>
    public int? Column { get; init; }

    public string? ColumnName { get; init; }

    public string? Value { get; init; }
}

/// <summary>Why a CRM row is left out.</summary>
public enum CrmIssueKind
{
    Unknown = 0,

    /// <summary>No rep of the team has this e-mail or UPN (<see cref="CrmImportIssue.Subject"/>).</summary>
    OwnerNotARep = 1,

    /// <summary>A second row with the same opportunity id (<see cref="CrmImportIssue.Detail"/>: the first row's line).</summary>
    DuplicateId = 2,

    /// <summary>The owner's pipeline already holds <see cref="Submission.MaxDeals"/> deals.</summary>
    TooManyDeals = 3,

    /// <summary>
    /// A cell the reader could not take (<see cref="CrmImportIssue.Subject"/>: which field — id, owner, name, amount, close,
    /// probability; <see cref="CrmImportIssue.Detail"/>: the problem in English; the column and value as properties).
    /// </summary>
    BadValue = 4,
}
