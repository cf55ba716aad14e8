using BotCommit.Exchange;
using BotCommit.Exchange.Crm;
using BotCommit.Forecasting.CrmImport;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Tests.Crm;

/// <summary>
/// Issue #19 item 2 (the reading and the rules; the host's import command is not built yet): the three CRM presets read
/// sample reports written from the CRMs' documented default columns; a re-import updates by the CRM's id and leaves the
/// rep's category alone; unmatched owners and bad cells are listed with their lines; a malformed file is an error with
/// line and column and yields nothing to import.
/// </summary>
public sealed class CrmImportTests
{
    private static readonly RepId Dana = RepId.From("aaaaaaaa-0000-0000-0000-000000000004");
    private static readonly RepId Chen = RepId.From("aaaaaaaa-0000-0000-0000-000000000003");

    [Fact]
    public void Salesforce_Preset_ReadsTheOpportunitiesReport()
    {
        var result = CrmOpportunityCsv.Read(Sample("salesforce-opportunities.csv"), CrmMapping.Salesforce);

        Assert.True(result.IsValid, string.Join("; ", result.FileErrors));
        Assert.Equal(4, result.Opportunities.Count);
        var first = result.Opportunities[0];
        Assert.Equal(("sf-0065g00000AbCdEAAZ", "dana.kim@contoso.com", "Fabrikam, Inc.", "Fabrikam renewal 2027"), (first.Id.Value, first.Owner, first.Account, first.Name));
        Assert.Equal((125_000m, new DateOnly(2026, 12, 18), 90, 2), (first.Amount, first.CloseDate, first.Stage.Percent, first.Line));
        Assert.Equal(48_500.50m, result.Opportunities[1].Amount);
        Assert.Equal(70, result.Opportunities[1].Stage.Percent); // 75 % rounds down to the card's 70 %
        Assert.Equal(CrmOutcome.Won, result.Opportunities[2].Outcome);
    }

    [Fact]
    public void Dynamics365_Preset_ReadsTheExportedView()
    {
        var result = CrmOpportunityCsv.Read(Sample("dynamics-opportunities.csv"), CrmMapping.Dynamics365);

        Assert.True(result.IsValid, string.Join("; ", result.FileErrors));
        Assert.Equal(3, result.Opportunities.Count);
        var first = result.Opportunities[0];
        Assert.Equal(("d365-6f1d2c3a-1b2c-4d5e-8f90-1a2b3c4d5e6f", "Contoso Ltd", "Contoso ERP upgrade"), (first.Id.Value, first.Account, first.Name));
        Assert.Equal((210_000m, new DateOnly(2026, 12, 22), 80, CrmOutcome.Open), (first.Amount, first.CloseDate, first.Stage.Percent, first.Outcome));
    }

    [Fact]
    public void HubSpot_Preset_ReadsTheDealsExport()
    {
        var result = CrmOpportunityCsv.Read(Sample("hubspot-deals.csv"), CrmMapping.HubSpot);

        Assert.True(result.IsValid, string.Join("; ", result.FileErrors));
        Assert.Equal(3, result.Opportunities.Count);
        Assert.Equal(("hs-15874512301", "Woodgrove Bank", 88_000m, new DateOnly(2026, 12, 17), 90),
            (result.Opportunities[0].Id.Value, result.Opportunities[0].Account, result.Opportunities[0].Amount, result.Opportunities[0].CloseDate, result.Opportunities[0].Stage.Percent));
        Assert.Equal(CrmOutcome.Lost, result.Opportunities[1].Outcome);
        Assert.Equal(0, result.Opportunities[1].Stage.Percent);
    }

    [Fact]
    public void Plan_AddsNewDealsAsPipeline_ListsUnmatchedOwners_ThenAReimportUpdatesAndKeepsTheRepsCategory()
    {
        var rows = CrmOpportunityCsv.Read(Sample("salesforce-opportunities.csv"), CrmMapping.Salesforce).Opportunities;

        var first = CrmImportPlan.Build(rows, RepOf, new Dictionary<RepId, IReadOnlyList<DealForecast>>());

        Assert.Equal((3, 0, 0), (first.Added, first.Updated, first.Unchanged));
        var unmatched = Assert.Single(first.Unmatched);
        Assert.Equal((5, CrmIssueKind.OwnerNotARep, "pat.jones@contoso.com"), (unmatched.Line, unmatched.Kind, unmatched.Subject));
        Assert.Equal([ForecastCategory.Pipeline, ForecastCategory.Pipeline], first.Pipelines[Dana].Select(d => d.Category));
        Assert.Equal(ForecastCategory.Won, Assert.Single(first.Pipelines[Chen]).Category); // matched case-insensitively

        // The rep commits the Fabrikam deal on their card; the CRM then raises its amount.
        var committed = first.Pipelines[Dana].Select(d => d.Id.Value == "sf-0065g00000AbCdEAAZ" ? d with { Category = ForecastCategory.Commit } : d).ToList();
        var current = new Dictionary<RepId, IReadOnlyList<DealForecast>> { [Dana] = committed, [Chen] = first.Pipelines[Chen] };
        var changed = rows.Select(r => r.Line == 2 ? r with { Amount = 130_000m } : r).ToList();

        var second = CrmImportPlan.Build(changed, RepOf, current);

        Assert.Equal((0, 1, 2), (second.Added, second.Updated, second.Unchanged));
        var fabrikam = Assert.Single(second.Pipelines[Dana], d => d.Id.Value == "sf-0065g00000AbCdEAAZ");
        Assert.Equal((130_000m, ForecastCategory.Commit), (fabrikam.Amount, fabrikam.Category));
        Assert.Equal(2, second.Pipelines[Dana].Count); // updated, not duplicated
        Assert.False(second.Pipelines.ContainsKey(Chen)); // unchanged pipelines are not rewritten
    }

    [Fact]
    public void Plan_ASecondRowWithTheSameId_IsRefusedWithTheFirstLine()
    {
        var rows = CrmOpportunityCsv.Read(Sample("hubspot-deals.csv"), CrmMapping.HubSpot).Opportunities;

        var plan = CrmImportPlan.Build([.. rows, rows[0] with { Line = 9 }], RepOf, new Dictionary<RepId, IReadOnlyList<DealForecast>>());

        var refused = Assert.Single(plan.Refused);
        Assert.Equal((9, CrmIssueKind.DuplicateId, "2"), (refused.Line, refused.Kind, refused.Detail));
    }

    [Fact]
    public void MalformedFile_IsAnErrorWithLineAndColumn_AndNothingToImport()
    {
        var text = Sample("hubspot-deals.csv").Replace("\"Contract sent\"", "\"Contract \"sent\"", StringComparison.Ordinal);

        var result = CrmOpportunityCsv.Read(text, CrmMapping.HubSpot);

        Assert.False(result.IsValid);
        Assert.Empty(result.Opportunities);
        var error = result.FileErrors[0];
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void RowWithAMissingCell_OrAMissingColumn_IsAFileError()
    {
        var lines = Sample("dynamics-opportunities.csv").Split("\r\n");
        var shortRow = string.Join("\r\n", lines[0], lines[1], lines[2][..lines[2].LastIndexOf(',')]);
        var error = Assert.Single(CrmOpportunityCsv.Read(shortRow, CrmMapping.Dynamics365).FileErrors);
        Assert.Equal(3, error.Line);
        Assert.Contains("11 cells where the header has 12", error.Message, StringComparison.Ordinal);

        var wrongPreset = CrmOpportunityCsv.Read(Sample("dynamics-opportunities.csv"), CrmMapping.HubSpot);
        Assert.Contains(wrongPreset.FileErrors, e => e.Line == 1 && e.Message.Contains("no column \"Record ID\"", StringComparison.Ordinal));
    }

    [Fact]
    public void BadCells_AreRefusedRowsWithLineColumnAndReason()
    {
        var text = Sample("salesforce-opportunities.csv").Replace("\"$48,500.50\"", "\"lots\"", StringComparison.Ordinal).Replace("\"12/4/2026\"", "\"4.12.2026\"", StringComparison.Ordinal);

        var result = CrmOpportunityCsv.Read(text, CrmMapping.Salesforce);

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Opportunities.Count);
        Assert.Equal([3, 4], result.Refused.Select(r => r.Line));
        Assert.Contains("column 7 (Amount): \"lots\" is not an amount", result.Refused[0].Detail, StringComparison.Ordinal);
        Assert.Contains("column 10 (Close Date)", result.Refused[1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id=Opp Id; owner=Owner Email; account=Company; name=Deal; amount=Value; close=Close; dates=d/M/yyyy")]
    [InlineData("编号=Opp Id；负责人=Owner Email；客户=Company；名称=Deal；金额=Value；成交日期=Close；日期格式=d/M/yyyy")]
    [InlineData("編號=Opp Id; 負責人=Owner Email; 客戶=Company; 名稱=Deal; 金額=Value; 成交日期=Close; 日期格式=d/M/yyyy")]
    public void CustomMapping_InEnglishOrChinese_ReadsItsColumns(string mapping)
    {
        var custom = CrmMapping.TryParse(mapping, out var problem);
        Assert.Null(problem);

        var result = CrmOpportunityCsv.Read("Opp Id,Owner Email,Company,Deal,Value,Close\r\nX-1,dana.kim@contoso.com,Contoso,Renewal,\"1,250\",31/12/2026\r\n", custom!);

        var row = Assert.Single(result.Opportunities);
        Assert.Equal(("crm-X-1", 1_250m, new DateOnly(2026, 12, 31)), (row.Id.Value, row.Amount, row.CloseDate));
    }

    [Fact]
    public void CustomMapping_WithoutTheOwner_SaysWhatIsMissing()
    {
        Assert.Null(CrmMapping.TryParse("id=Id; name=Deal; amount=Value; close=Close", out var problem));
        Assert.Equal((CrmMappingProblemKind.MissingKeys, "owner"), (problem!.Kind, problem.Subject));
        Assert.Equal("missing owner", problem.Message);
    }

    private static RepId? RepOf(string owner) => owner.ToUpperInvariant() switch
    {
        "DANA.KIM@CONTOSO.COM" => Dana,
        "CHEN.WEI@CONTOSO.COM" => Chen,
        _ => null,
    };

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Crm", "Samples", name));
}
