using System.Globalization;

namespace BotCommit.Exchange.Crm;

/// <summary>
/// Which columns of a CRM opportunity report hold what BotCommit needs, each as the header names accepted for it (the
/// first one the file has wins; names compare case-insensitively), the prefix that makes the CRM's opportunity id a
/// deal id, and the date formats besides ISO <c>yyyy-MM-dd</c>. <see cref="Presets"/> has the three CRMs' default report
/// columns; <see cref="TryParse"/> reads a custom mapping an admin types.
/// </summary>
public sealed record CrmMapping(
    string Name,
    string IdPrefix,
    IReadOnlyList<string> Id,
    IReadOnlyList<string> Owner,
    IReadOnlyList<string> Account,
    IReadOnlyList<string> DealName,
    IReadOnlyList<string> Amount,
    IReadOnlyList<string> CloseDate,
    IReadOnlyList<string> Probability,
    IReadOnlyList<string> Stage,
    IReadOnlyList<string> DateFormats)
{
    /// <summary>
    /// Salesforce's Opportunities report (Details Only, exported as CSV) with the owner's e-mail column added
    /// (<c>Owner Email</c>; the default <c>Opportunity Owner</c> column holds a name), and the opportunity id
    /// (<c>Opportunity ID</c>, 15 or 18 characters). Dates as the US locale writes them (<c>12/31/2026</c>).
    /// </summary>
    public static CrmMapping Salesforce { get; } = new(
        "salesforce", "sf-",
        ["Opportunity ID", "Opportunity Id"],
        ["Owner Email", "Opportunity Owner: Email", "Opportunity Owner Email"],
        ["Account Name"],
        ["Opportunity Name"],
        ["Amount"],
        ["Close Date"],
        ["Probability (%)", "Probability"],
        ["Stage"],
        ["M/d/yyyy", "MM/dd/yyyy"]);

    /// <summary>
    /// Dynamics 365 Sales' opportunity view exported to Excel and saved as CSV: the hidden id column
    /// <c>(Do Not Modify) Opportunity</c> (a GUID), <c>Topic</c>, <c>Potential Customer</c>, <c>Est. Close Date</c>,
    /// <c>Est. Revenue</c>, <c>Probability</c>, and the owner's e-mail added to the view (<c>Owner Email</c>,
    /// <c>Primary Email (Owner)</c>). <c>Status</c> (Open / Won / Lost) when the view has it.
    /// </summary>
    public static CrmMapping Dynamics365 { get; } = new(
        "dynamics", "d365-",
        ["(Do Not Modify) Opportunity"],
        ["Owner Email", "Primary Email (Owner)", "Email (Owning User)"],
        ["Potential Customer", "Account"],
        ["Topic"],
        ["Est. Revenue"],
        ["Est. Close Date"],
        ["Probability"],
        ["Status", "Status Reason"],
        ["M/d/yyyy", "MM/dd/yyyy"]);

    /// <summary>
    /// HubSpot's deals export (CSV): <c>Record ID</c>, <c>Deal Name</c>, <c>Deal Stage</c>, <c>Close Date</c>,
    /// <c>Amount</c>, the associated company, <c>Deal probability</c>, and the owner's e-mail (<c>Deal owner email</c>;
    /// the default <c>Deal owner</c> holds a name). Dates as <c>2026-12-31</c> or <c>2026-12-31 17:00</c>.
    /// </summary>
    public static CrmMapping HubSpot { get; } = new(
        "hubspot", "hs-",
        ["Record ID"],
        ["Deal owner email", "Deal Owner Email", "Owner email"],
        ["Associated Company (Primary)", "Associated Company", "Company name"],
        ["Deal Name"],
        ["Amount"],
        ["Close Date"],
        ["Deal probability", "Deal Probability"],
        ["Deal Stage"],
        ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"]);

    /// <summary>The presets by the names admins type (<c>salesforce</c>, <c>dynamics</c>, <c>hubspot</c>).</summary>
    public static IReadOnlyList<CrmMapping> Presets { get; } = [Salesforce, Dynamics365, HubSpot];

    public static CrmMapping? Preset(string name) =>
        Presets.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (name.Trim().ToUpperInvariant() switch
        {
            "SF" or "SFDC" => Salesforce,
            "D365" or "DYNAMICS365" or "DYNAMICS 365" => Dynamics365,
            _ => null,
        });

    /// <summary>
    /// A custom mapping: <c>id=Opp Id; owner=Owner Email; account=Company; name=Deal; amount=Value; close=Close;
    /// probability=Prob; stage=Stage; dates=d/M/yyyy</c> (id, owner, name, amount and close are required; account
    /// defaults to the name). Keys in English or Chinese (编号/編號, 负责人/負責人, 客户/客戶, 名称/名稱, 金额/金額,
    /// 成交日期, 概率/機率, 阶段/階段, 日期格式). Null with <paramref name="problem"/> when it cannot be read (what and which
    /// part, so the host can say it in the reader's language).
    /// </summary>
    public static CrmMapping? TryParse(string text, out CrmMappingProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOfAny(['=', '＝']);
            if (equals <= 0 || equals == part.Length - 1)
            {
                problem = new CrmMappingProblem(CrmMappingProblemKind.NotKeyValue, part);
                return null;
            }

            var key = Key(part[..equals].Trim());
            if (key is null)
            {
                problem = new CrmMappingProblem(CrmMappingProblemKind.UnknownKey, part[..equals].Trim());
                return null;
            }

            values[key] = part[(equals + 1)..].Trim();
        }

        var missing = s_required.Where(k => !values.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            problem = new CrmMappingProblem(CrmMappingProblemKind.MissingKeys, string.Join(", ", missing));
            return null;
        }

        string[] One(string key) => values.TryGetValue(key, out var v) ? [v] : [];
        problem = null;
        return new CrmMapping(
            "custom", "crm-", One("id"), One("owner"), values.ContainsKey("account") ? One("account") : One("name"), One("name"),
            One("amount"), One("close"), One("probability"), One("stage"),
            values.TryGetValue("dates", out var dates) ? [dates] : ["M/d/yyyy"]);
    }

    private static readonly string[] s_required = ["id", "owner", "name", "amount", "close"];

    private static string? Key(string key) => key.ToLowerInvariant() switch
    {
        "id" or "编号" or "編號" => "id",
        "owner" or "负责人" or "負責人" => "owner",
        "account" or "客户" or "客戶" => "account",
        "name" or "名称" or "名稱" => "name",
        "amount" or "金额" or "金額" => "amount",
        "close" or "closedate" or "成交日期" => "close",
        "probability" or "概率" or "機率" => "probability",
        "stage" or "阶段" or "階段" => "stage",
        "dates" or "日期格式" => "dates",
        _ => null,
    };

    internal static bool IsIsoDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
