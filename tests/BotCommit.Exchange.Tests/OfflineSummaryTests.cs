using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;
using BotCommit.Testing.InMemory;

namespace BotCommit.Exchange.Tests;

public class OfflineSummaryTests
{
    private const string Header =
        "week,rep_id,rep_name,deal_id,account,deal_name,category,amount,close_date,stage,config_final,end_user_contract,partner_contract,discount_approved,partner_ready,unrealized,reason,submitted_at";

    private const string Settings = """
        {"timeZone":"Europe/Berlin","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00",
         "reps":[{"id":"ana","name":"Ana"}]}
        """;

    public static TheoryData<string> Scenarios() => GoldenScenarioTests.Scenarios();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Compute_SameFilesAsTheBotsStores_GivesTheBotsSummary(string scenario)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Golden", scenario);
        var csv = await File.ReadAllTextAsync(Path.Combine(directory, "submissions.csv"));
        var json = await File.ReadAllTextAsync(Path.Combine(directory, "settings.json"));
        var week = ForecastWeek.Parse(System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "expected.json")))!["week"]!.GetValue<string>());
        var settings = TeamSettingsJson.Read(json, OfflineSummary.Team);
        var settingsStore = new InMemoryTeamSettingsStore();
        var roster = new InMemoryRosterStore();
        var submissions = new InMemorySubmissionStore();
        await settingsStore.SaveAsync(settings.Settings!, null, CancellationToken.None);
        foreach (var rep in settings.Reps)
        {
            await roster.SaveAsync(rep, null, CancellationToken.None);
        }

        foreach (var submission in SubmissionsCsv.Read(csv, OfflineSummary.Team).Submissions)
        {
            await submissions.SaveAsync(submission, null, CancellationToken.None);
        }

        var bot = await new ComputeWeeklySummary(settingsStore, roster, submissions).ComputeAsync(OfflineSummary.Team, week, CancellationToken.None);
        var offline = OfflineSummary.Compute(csv, json, week);

        Assert.True(offline.Succeeded);
        Assert.Equal(SummaryJson.Write(bot!), SummaryJson.Write(offline.Summary!));
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(14, false)]
    public void Compute_RepSilentForWeeks_CarriesOnlyWithinTheBotsLookBack(int weeksSilent, bool carried)
    {
        var week = ForecastWeek.Parse("2026-W47");
        var old = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * weeksSilent));
        var csv = Header + $"\n{old},ana,Ana,d1,Acme,Routers,Pipeline,100,2026-12-20,25,false,false,false,false,false,false,,2026-08-01T10:00:00Z\n";

        var result = OfflineSummary.Compute(csv, Settings, week);

        var rep = Assert.Single(result.Summary!.Reps);
        Assert.Equal(carried, rep.Carried);
        Assert.Equal(!carried, rep.NoSnapshot);
    }

    [Fact]
    public void Compute_RepMissingFromSettings_PointsAtTheRepsFirstRow()
    {
        var csv = Header
            + "\n2026-W47,ana,Ana,d1,Acme,Routers,Commit,100,2026-11-18,90,false,false,false,false,false,false,,2026-11-15T18:00:00Z"
            + "\n2026-W47,bob,Bob,d1,Acme,Routers,Commit,100,2026-11-18,90,false,false,false,false,false,false,,2026-11-15T18:00:00Z\n";

        var result = OfflineSummary.Compute(csv, Settings, ForecastWeek.Parse("2026-W47"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Summary);
        Assert.Equal(
            "line 3, column 2 (rep_id): rep \"bob\" is not in the settings' reps; add them there (\"active\": false to leave them out)",
            Assert.Single(result.SubmissionErrors).ToString());
    }

    [Fact]
    public void Compute_BothFilesBad_ReportsTheErrorsOfEach()
    {
        var csv = Header + "\n2026-W47,ana,Ana,d1,Acme,Routers,Maybe,100,2026-11-18,90,false,false,false,false,false,false,,\n";

        var result = OfflineSummary.Compute(csv, "{\"timeZone\":\"UTC\"}", ForecastWeek.Parse("2026-W47"));

        Assert.False(result.Succeeded);
        Assert.StartsWith("line 2, column 7 (category)", Assert.Single(result.SubmissionErrors).ToString(), StringComparison.Ordinal);
        Assert.Equal(["$.fiscalYearStartMonth", "$.currency", "$.deadline", "$.reps"], result.SettingsErrors.Select(e => e.Path));
    }

    [Fact]
    public void Compute_EmptyFileAndWeekWithoutData_GivesAnEmptySummaryForTheRoster()
    {
        var result = OfflineSummary.Compute(Header + "\n", Settings, ForecastWeek.Parse("2026-W47"));

        Assert.True(result.Succeeded);
        var rep = Assert.Single(result.Summary!.Reps);
        Assert.True(rep.NoSnapshot);
        Assert.Equal(0m, result.Summary.Compliance);
    }

    [Fact]
    public void Compute_ParsedInputsOfAnotherTeam_Throws()
    {
        var settings = new TeamSettings(TeamId.From("a"));
        var submission = new Submission(TeamId.From("b"), ForecastWeek.Parse("2026-W47"), RepId.From("ana"), []);

        Assert.Throws<ArgumentException>(() => OfflineSummary.Compute(settings, [], [submission], submission.Week));
    }

    [Fact]
    public void Compute_ParsedInputsWithTwoSnapshotsForOneWeek_Throws()
    {
        var settings = new TeamSettings(Given.Team);
        var submission = new Submission(Given.Team, ForecastWeek.Parse("2026-W47"), RepId.From("ana"), []);

        Assert.Throws<ArgumentException>(() => OfflineSummary.Compute(settings, [], [submission, submission], submission.Week));
    }
}
