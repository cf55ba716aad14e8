using System.Globalization;
using BotCommit.Forecasting.CrmImport;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Exchange.Crm;

/// <summary>
/// Reads a CRM opportunity report (CSV) through a <see cref="CrmMapping"/>. A file that is not readable as such — CSV
/// syntax, a required column missing, a row with a different number of cells — is <see cref="CrmReadResult.FileErrors"/>
/// (line and column; the import then changes nothing). A row whose cells cannot be taken (an amount that is not a
/// number, an unreadable date, an id a deal id cannot hold) is left out with its reason in
/// <see cref="CrmReadResult.Refused"/>; the others are <see cref="CrmReadResult.Opportunities"/>.
/// </summary>
public static class CrmOpportunityCsv
{
    private static readonly int[] s_stages = [.. Stage.All.Select(s => s.Percent)];

    public static CrmReadResult Read(string text, CrmMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mapping);
        var (records, syntax) = CsvRecords.Read(text, []);
        if (syntax.Count > 0)
        {
            return new CrmReadResult([], [], Named(text, syntax));
        }

        if (records.Count == 0)
        {
            return new CrmReadResult([], [], [new CsvError(1, null, null, "the file is empty") { Problem = CsvProblem.EmptyFile }]);
        }

        var header = records[0].Fields.Select(f => f.Text.Trim()).ToList();
        int Find(IReadOnlyList<string> names) =>
            names.Select(n => header.FindIndex(h => string.Equals(h, n, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(i => i >= 0, -1);
        var columns = new Dictionary<string, int>
        {
            ["id"] = Find(mapping.Id),
            ["owner"] = Find(mapping.Owner),
            ["account"] = Find(mapping.Account),
            ["name"] = Find(mapping.DealName),
            ["amount"] = Find(mapping.Amount),
            ["close"] = Find(mapping.CloseDate),
            ["probability"] = Find(mapping.Probability),
            ["stage"] = Find(mapping.Stage),
        };
        var missing = new (string Key, IReadOnlyList<string> Names)[]
            { ("id", mapping.Id), ("owner", mapping.Owner), ("name", mapping.DealName), ("amount", mapping.Amount), ("close", mapping.CloseDate) }
            .Where(c => columns[c.Key] < 0)
            .Select(c => new CsvError(records[0].Line, null, null, $"no column \"{(c.Names.Count > 0 ? c.Names[0] : c.Key)}\" (the {mapping.Name} mapping needs one of: {string.Join(", ", c.Names.Select(n => "\"" + n + "\""))})")
            {
                Problem = CsvProblem.MissingColumn,
                Arguments = [c.Names.Count > 0 ? c.Names[0] : c.Key, mapping.Name, string.Join(", ", c.Names.Select(n => "\"" + n + "\""))],
            })
            .ToList();
        if (missing.Count > 0)
        {
            return new CrmReadResult([], [], missing);
        }

        var opportunities = new List<CrmOpportunity>();
        var refused = new List<CrmImportIssue>();
        var fileErrors = new List<CsvError>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                fileErrors.Add(new CsvError(record.Line, null, null, string.Create(CultureInfo.InvariantCulture, $"{record.Fields.Count} cells where the header has {header.Count}"))
                {
                    Problem = CsvProblem.CellCount,
                    Arguments = [record.Fields.Count.ToString(CultureInfo.InvariantCulture), header.Count.ToString(CultureInfo.InvariantCulture)],
                });
                continue;
            }

            var row = ReadRow(record, header, columns, mapping, out var problem, out var field);
            if (row is null)
            {
                var index = columns[field];
                refused.Add(new CrmImportIssue(record.Line, CrmIssueKind.BadValue, field, problem)
                {
                    Column = index + 1,
                    ColumnName = header[index],
                    Value = Shorten(record.Fields[index].Text.Trim()),
                });
            }
            else
            {
                opportunities.Add(row);
            }
        }

        return fileErrors.Count > 0 ? new CrmReadResult([], [], fileErrors) : new CrmReadResult(opportunities, refused, []);
    }

    private static CrmOpportunity? ReadRow(CsvRecord record, List<string> header, Dictionary<string, int> columns, CrmMapping mapping, out string? problem, out string field)
    {
        string Cell(string key) => columns[key] < 0 ? string.Empty : record.Fields[columns[key]].Text.Trim();
        string Where(string key) => string.Create(CultureInfo.InvariantCulture, $"column {columns[key] + 1} ({header[columns[key]]})");
        problem = null;
        field = "id";
        var id = Cell("id");
        if (!DealId.TryFrom(mapping.IdPrefix + id, out var dealId))
        {
            field = "id";
            problem = $"{Where("id")}: \"{Shorten(id)}\" is not an opportunity id (letters, digits, '-' and '_', at most {DealId.MaxLength - mapping.IdPrefix.Length})";
            return null;
        }

        var owner = Cell("owner");
        if (owner.Length == 0)
        {
            field = "owner";
            problem = $"{Where("owner")}: empty";
            return null;
        }

        var name = Cell("name");
        var account = columns["account"] >= 0 && Cell("account").Length > 0 ? Cell("account") : name;
        if (name.Length == 0 || name.Length > DealForecast.MaxNameLength || account.Length > DealForecast.MaxAccountLength)
        {
            field = "name";
            problem = $"{Where("name")}: the name is empty or longer than {DealForecast.MaxNameLength} characters";
            return null;
        }

        if (!TryAmount(Cell("amount"), out var amount))
        {
            field = "amount";
            problem = $"{Where("amount")}: \"{Shorten(Cell("amount"))}\" is not an amount";
            return null;
        }

        if (!TryDate(Cell("close"), mapping, out var close))
        {
            field = "close";
            problem = $"{Where("close")}: \"{Shorten(Cell("close"))}\" is not a date ({string.Join(" or ", mapping.DateFormats.Prepend("yyyy-MM-dd"))})";
            return null;
        }

        var stageText = Cell("stage");
        var outcome = Outcome(stageText);
        var percent = outcome switch { CrmOutcome.Won => 100, CrmOutcome.Lost => 0, _ => 25 };
        var probability = Cell("probability").TrimEnd('%').Trim();
        if (probability.Length > 0)
        {
            if (!decimal.TryParse(probability, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) || p > 100)
            {
                field = "probability";
                problem = $"{Where("probability")}: \"{Shorten(Cell("probability"))}\" is not a percentage from 0 to 100";
                return null;
            }

            // HubSpot writes 0.9 for 90 %; the others write 90.
            var whole = p <= 1 && probability.Contains('.', StringComparison.Ordinal) ? p * 100 : p;
            percent = s_stages.Last(s => s <= whole);
        }

        return new CrmOpportunity(record.Line, dealId, owner, account, name, amount, close, Stage.From(percent), outcome);
    }

    /// <summary>The syntax errors with their columns named from the header row (when the header itself reads).</summary>
    private static List<CsvError> Named(string text, IReadOnlyList<CsvError> errors)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var (header, headerErrors) = CsvRecords.Read(end < 0 ? text : text[..end], []);
        var names = headerErrors.Count == 0 && header.Count == 1 ? header[0].Fields.Select(f => f.Text.Trim()).ToList() : [];
        return [.. errors.Select(e => e.Column is { } column && column <= names.Count && e.Line > 1 ? e with { ColumnName = names[column - 1] } : e)];
    }

    private static CrmOutcome Outcome(string stage)
    {
        var s = stage.ToUpperInvariant();
        return s.Contains("LOST", StringComparison.Ordinal) ? CrmOutcome.Lost
            : s.Contains("WON", StringComparison.Ordinal) ? CrmOutcome.Won
            : CrmOutcome.Open;
    }

    /// <summary>An amount as CRMs export it: <c>125000</c>, <c>125,000.50</c>, <c>$125,000.50</c>, <c>USD 125,000.50</c>.</summary>
    private static bool TryAmount(string text, out decimal amount)
    {
        var digits = new string([.. text.Where(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-')]).Replace(",", string.Empty, StringComparison.Ordinal);
        var rest = new string([.. text.Where(c => !char.IsAsciiDigit(c) && c is not '.' and not ',' and not '-' && !char.IsWhiteSpace(c))]);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            && amount <= 1_000_000_000_000m
            && (rest.Length == 0 || rest.Length <= 3 && rest.All(char.IsLetter) || rest is "$" or "€" or "£" or "¥" or "NT$" or "HK$");
    }

    private static bool TryDate(string text, CrmMapping mapping, out DateOnly date)
    {
        if (CrmMapping.IsIsoDate(text, out date))
        {
            return true;
        }

        foreach (var format in mapping.DateFormats)
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = DateOnly.FromDateTime(parsed);
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>
/// A CRM report read: the opportunities, the rows refused for a bad cell (with line and reason), and the errors that
/// make the whole file unusable (then both lists are empty and nothing may change).
/// </summary>
public sealed record CrmReadResult(IReadOnlyList<CrmOpportunity> Opportunities, IReadOnlyList<CrmImportIssue> Refused, IReadOnlyList<CsvError> FileErrors)
{
    public bool IsValid => FileErrors.Count == 0;
}
