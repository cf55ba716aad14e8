using System.Globalization;

namespace BotCommit.Exchange;

/// <summary>
/// The columns of the submissions CSV of domain.md, in file order, each with how a <see cref="SubmissionRow"/> writes
/// it. The header, the writer and the column names in error messages all come from this one list; the reader finds
/// cells by name (<see cref="CsvHeader"/>). A new column is a new entry here, a property on <see cref="SubmissionRow"/>
/// and a cell read in <see cref="SubmissionsCsv"/>.
/// </summary>
internal static class SubmissionColumns
{
    public const string Week = "week";
    public const string RepId = "rep_id";
    public const string RepName = "rep_name";
    public const string DealId = "deal_id";
    public const string Account = "account";
    public const string DealName = "deal_name";
    public const string Category = "category";
    public const string Amount = "amount";
    public const string CloseDate = "close_date";
    public const string Stage = "stage";
    public const string ConfigFinal = "config_final";
    public const string EndUserContract = "end_user_contract";
    public const string PartnerContract = "partner_contract";
    public const string DiscountApproved = "discount_approved";
    public const string PartnerReady = "partner_ready";
    public const string Unrealized = "unrealized";
    public const string Reason = "reason";
    public const string SubmittedAt = "submitted_at";
    public const string Status = "status";

    /// <summary>The <c>status</c> values (issue #14): what the row's snapshot is for the week.</summary>
    public const string StatusSubmitted = "submitted";
    public const string StatusCarried = "carried";
    public const string StatusSkipped = "skipped";
    public const string StatusRevision = "revision";

    /// <summary>A leaver's snapshot for a week on or after their leaving week: bookings (Won) and unassigned open deals.</summary>
    public const string StatusLeft = "left";

    /// <summary>How <c>submitted_at</c> is written: UTC, seconds, and the fraction only when there is one.</summary>
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    /// <summary>The six checklist/flag columns, in file order.</summary>
    public static IReadOnlyList<string> Flags { get; } =
        [ConfigFinal, EndUserContract, PartnerContract, DiscountApproved, PartnerReady, Unrealized];

    /// <summary>Every column in file order. Free-text columns carry the <see cref="FormulaGuard"/>.</summary>
    public static IReadOnlyList<CsvColumn<SubmissionRow>> All { get; } =
    [
        new(Week, r => r.Week.ToString()),
        new(RepId, r => FormulaGuard.Apply(r.Rep.Value)),
        new(RepName, r => FormulaGuard.Apply(r.RepName)),
        new(DealId, r => FormulaGuard.Apply(r.Deal.Id.Value)),
        new(Account, r => FormulaGuard.Apply(r.Deal.Account)),
        new(DealName, r => FormulaGuard.Apply(r.Deal.Name)),
        new(Category, r => r.Deal.Category.ToString()),
        new(Amount, r => r.Deal.Amount.ToString(CultureInfo.InvariantCulture)),
        new(CloseDate, r => r.Deal.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new(Stage, r => r.Deal.Stage.Percent.ToString(CultureInfo.InvariantCulture)),
        new(ConfigFinal, r => Flag(r.Deal.Checklist.ConfigurationFinal)),
        new(EndUserContract, r => Flag(r.Deal.Checklist.EndUserContractSigned)),
        new(PartnerContract, r => Flag(r.Deal.Checklist.PartnerContractSigned)),
        new(DiscountApproved, r => Flag(r.Deal.Checklist.DiscountApproved)),
        new(PartnerReady, r => Flag(r.Deal.Checklist.PartnerReadyToOrder)),
        new(Unrealized, r => Flag(r.Deal.Unrealized)),
        new(Reason, r => FormulaGuard.Apply(r.Deal.Reason ?? string.Empty)),
        new(SubmittedAt, r => r.SubmittedAt is { } at ? at.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture) : string.Empty),
        new(Status, r => r.Status),
    ];

    /// <summary>How many columns a file without the trailing <c>status</c> column (written before issue #14) has.</summary>
    public static int LegacyCount => All.Count - 1;

    /// <summary>The header names in file order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(All.Select(c => c.Name).ToArray());

    /// <summary>The 1-based position of a column in the file, as error messages count columns.</summary>
    public static int Position(string name) => Array.IndexOf([.. Names], name) + 1;

    private static string Flag(bool value) => value ? "true" : "false";
}
