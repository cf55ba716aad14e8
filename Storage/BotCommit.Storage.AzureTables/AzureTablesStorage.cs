using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Failures;
using BotCommit.Storage.AzureTables.Actions;
using BotCommit.Storage.AzureTables.Conversations;
using BotCommit.Storage.AzureTables.Activities;
using BotCommit.Storage.AzureTables.Audit;
using BotCommit.Storage.AzureTables.Deals;
using BotCommit.Storage.AzureTables.Documents;
using BotCommit.Storage.AzureTables.Erasure;
using BotCommit.Storage.AzureTables.Monthly;
using BotCommit.Storage.AzureTables.Regions;
using BotCommit.Storage.AzureTables.Roster;
using BotCommit.Storage.AzureTables.Submissions;
using BotCommit.Storage.AzureTables.Teams;

namespace BotCommit.Storage.AzureTables;

/// <summary>
/// Every BotCommit store on one Azure Storage account (or Azurite), built from a connection string. The host
/// registers the properties as the Forecasting ports and calls <see cref="InitializeAsync"/> once at startup.
/// <paramref name="tableNamePrefix"/> (letters and digits, may be empty) keeps test runs or environments sharing
/// one account apart. Pass <see cref="TableClientOptions"/> to tune retries (tests against Azurite use few).
/// Thread-safe; create one per process.
/// </summary>
public sealed class AzureTablesStorage
{
    /// <summary>Longest prefix that leaves room for the longest table name within Azure's 63 characters.</summary>
    public const int MaxPrefixLength = 40;

    private readonly TableServiceClient _service;
    private readonly string _connectionString;
    private readonly TableClientOptions _options;
    private readonly List<string> _tableNames = [];

    /// <param name="connectionString">The storage account (or Azurite).</param>
    /// <param name="tableNamePrefix">Letters and digits, may be empty.</param>
    /// <param name="options">Retries and pipeline policies of the table clients.</param>
    /// <param name="time">The clock of the stores' short-lived in-process memories (default: the system clock).</param>
    public AzureTablesStorage(string connectionString, string tableNamePrefix = "", TableClientOptions? options = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(tableNamePrefix);
        if (tableNamePrefix.Length > MaxPrefixLength
            || !tableNamePrefix.All(char.IsAsciiLetterOrDigit)
            || (tableNamePrefix.Length > 0 && !char.IsAsciiLetter(tableNamePrefix[0])))
        {
            throw new ArgumentException(
                $"A table-name prefix is up to {MaxPrefixLength} ASCII letters and digits, starting with a letter.", nameof(tableNamePrefix));
        }

        _connectionString = connectionString;
        _options = options ?? new TableClientOptions();
        _service = new TableServiceClient(connectionString, _options);
        TablePrefix = tableNamePrefix;
        var (teams, reps, memberships, deals) = (Table("Teams"), Table("Reps"), Table("RepMemberships"), Table("Deals"));
        var (submissions, revisions, actions, audit) = (Table("Submissions"), Table("Revisions"), Table("Actions"), Table("Audit"));
        Teams = new TableTeamSettingsStore(teams);
        Roster = new TableRosterStore(reps, memberships, time);
        Deals = new TableDealStore(deals);
        Submissions = new TableSubmissionStore(submissions, revisions);
        Actions = new TableActionLog(actions);
        Audit = new TableAuditLog(audit);
        Activities = new InboundActivityLog(Table("Activities"));
        Documents = new DocumentTable(Table("Documents"));
        var monthlyForecasts = Table("MonthlyForecasts");
        TeamData = new TableTeamDataStore(teams, reps, memberships, deals, submissions, revisions, actions, audit, Documents, monthlyForecasts);
        Conversations = new TableConversationReferenceStore(Documents, time);
        OrgTree = new TableOrgTreeStore(Table("OrgTree"));
        Calls = new TableCallStore(Table("Calls"), Table("CallRecords"));
        MonthlyForecasts = new TableMonthlyForecastStore(monthlyForecasts);
    }

    public string TablePrefix { get; }

    /// <summary>A whole team's data at once, for deleting a closed team (<see cref="Forecasting.Ports.ITeamDataStore"/>).</summary>
    public TableTeamDataStore TeamData { get; }

    /// <summary>The full names of every table this storage uses (prefix included).</summary>
    public IReadOnlyList<string> TableNames => _tableNames;

    /// <summary>Team settings (<see cref="Forecasting.Ports.ITeamSettingsStore"/>).</summary>
    public TableTeamSettingsStore Teams { get; }

    /// <summary>The roster (<see cref="Forecasting.Ports.IRosterStore"/>).</summary>
    public TableRosterStore Roster { get; }

    /// <summary>The current pipeline (<see cref="Forecasting.Ports.IDealStore"/>).</summary>
    public TableDealStore Deals { get; }

    /// <summary>Weekly snapshots (<see cref="Forecasting.Ports.ISubmissionStore"/>).</summary>
    public TableSubmissionStore Submissions { get; }

    /// <summary>Idempotency records of scheduled actions (<see cref="Forecasting.Ports.IActionLog"/>).</summary>
    public TableActionLog Actions { get; }

    /// <summary>Settings changes (<see cref="Forecasting.Ports.IAuditLog"/>).</summary>
    public TableAuditLog Audit { get; }

    /// <summary>Inbound activity de-duplication (host).</summary>
    public InboundActivityLog Activities { get; }

    /// <summary>Keyed JSON documents (the conversation references are kept there).</summary>
    public DocumentTable Documents { get; }

    /// <summary>Teams conversation references (<see cref="Protocol.Connector.IConversationReferenceStore"/>).</summary>
    public TableConversationReferenceStore Conversations { get; }

    /// <summary>The organisation tree (<see cref="Forecasting.Ports.IOrgTreeStore"/>).</summary>
    public TableOrgTreeStore OrgTree { get; }

    /// <summary>The managers' calls and the weeks' call records (<see cref="Forecasting.Ports.ICallStore"/>).</summary>
    public TableCallStore Calls { get; }

    /// <summary>Every monthly forecast submitted (<see cref="Forecasting.Ports.IMonthlyForecastStore"/>).</summary>
    public TableMonthlyForecastStore MonthlyForecasts { get; }

    /// <summary>Creates every table that does not exist yet. Idempotent; call at startup.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _service.CreateTableIfNotExistsAsync(name, cancellationToken);
        }
    }

    /// <summary>
    /// One round trip that proves the account answers and this storage's first table exists (readiness probes). Throws
    /// what the client throws when it does not; <see cref="InvalidOperationException"/> when the table is missing.
    /// </summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        var first = TableNames[0];
        await foreach (var page in _service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName eq {first}"), maxPerPage: 1, cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The table " + first + " does not exist (has the host initialised its storage?).");
    }

    /// <summary>Deletes every table of this storage (tests clean up their prefix with it).</summary>
    internal async Task DeleteTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames)
        {
            await _service.DeleteTableAsync(name, cancellationToken);
        }
    }

    // Every store's client turns "storage unavailable" into StorageUnavailableException (see Failures/).
    private GuardedTableClient Table(string name)
    {
        var fullName = TablePrefix + name;
        _tableNames.Add(fullName);
        return new GuardedTableClient(_connectionString, fullName, _options);
    }
}
