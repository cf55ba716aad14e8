using BotCommit.Exchange;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Tests;

public class TeamSettingsJsonTests
{
    private const string DomainExample = """
        {"timeZone":"Europe/Berlin","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00",
          "monthTargets":{"2026-12":1000000},"quarterTargets":{"2026-10":3000000},
          "reps":[{"id":"rep-1","name":"Ana","active":true,"monthTargets":{},"quarterTargets":{}}]}
        """;

    [Fact]
    public void Read_DomainExample_ReadsSettingsAndRoster()
    {
        var result = TeamSettingsJson.Read(DomainExample, Given.Team);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var settings = result.Settings!;
        Assert.Equal(Given.Team, settings.Id);
        Assert.Equal("Europe/Berlin", settings.TimeZoneId);
        Assert.Equal(1, settings.FiscalYearStartMonth);
        Assert.Equal("USD", settings.Currency);
        Assert.Equal(new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(7, 0)), settings.Schedule.Deadline);
        Assert.Equal(WeeklySchedule.Default.Summary, settings.Schedule.Summary);
        Assert.Equal(1_000_000m, settings.MonthTargets["2026-12"]);
        Assert.Equal(3_000_000m, settings.QuarterTargets["2026-10"]);
        var rep = Assert.Single(result.Reps);
        Assert.Equal((RepId.From("rep-1"), "Ana", true), (rep.Id, rep.DisplayName, rep.Active));
        Assert.Empty(rep.MonthTargets);
    }

    [Fact]
    public void Read_OptionalPartsLeftOut_UsesDefaults()
    {
        const string json = """{"timeZone":"UTC","fiscalYearStartMonth":4,"currency":"EUR","deadline":"Sunday 23:30","reps":[{"id":"x"}]}""";

        var result = TeamSettingsJson.Read(json, Given.Team);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Empty(result.Settings!.MonthTargets);
        Assert.Empty(result.Settings.QuarterTargets);
        Assert.Equal(new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(23, 30)), result.Settings.Schedule.Deadline);
        var rep = Assert.Single(result.Reps);
        Assert.Equal((string.Empty, true, (DateOnly?)null), (rep.DisplayName, rep.Active, rep.AwayUntil));
    }

    [Fact]
    public void Read_WhatWriteWrote_RoundTrips()
    {
        var settings = new TeamSettings(Given.Team)
        {
            TimeZoneId = "America/Los_Angeles",
            FiscalYearStartMonth = 2,
            Currency = "JPY",
            Schedule = WeeklySchedule.Default with { Deadline = new LocalWeeklyTime(DayOfWeek.Tuesday, new TimeOnly(9, 15)) },
            MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 1000000.50m, ["2026-11"] = 0m },
            QuarterTargets = new Dictionary<string, decimal> { ["2026-11"] = 3000000m },
        };
        Rep[] reps =
        [
            new(Given.Team, RepId.From("a"), "José 🚀 \"Pepe\"") { MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 5m } },
            new(Given.Team, RepId.From("b"), "שרה") { Active = false, AwayUntil = new DateOnly(2026, 12, 6), AwayReason = "Parental leave" },
        ];

        var json = TeamSettingsJson.Write(settings, reps);
        var result = TeamSettingsJson.Read(json, Given.Team);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors) + "\n" + json);
        var read = result.Settings!;
        Assert.Equal((settings.TimeZoneId, settings.FiscalYearStartMonth, settings.Currency, settings.Schedule.Deadline), (read.TimeZoneId, read.FiscalYearStartMonth, read.Currency, read.Schedule.Deadline));
        Assert.Equal(settings.MonthTargets.OrderBy(p => p.Key), read.MonthTargets.OrderBy(p => p.Key));
        Assert.Equal(settings.QuarterTargets, read.QuarterTargets);
        Assert.Equal(2, result.Reps.Count);
        for (var i = 0; i < reps.Length; i++)
        {
            Assert.Equal(
                (reps[i].Id, reps[i].DisplayName, reps[i].Active, reps[i].AwayUntil, reps[i].AwayReason),
                (result.Reps[i].Id, result.Reps[i].DisplayName, result.Reps[i].Active, result.Reps[i].AwayUntil, result.Reps[i].AwayReason));
            Assert.Equal(reps[i].MonthTargets, result.Reps[i].MonthTargets);
        }

        Assert.Contains("\"name\": \"José \\uD83D\\uDE80 \\\"Pepe\\\"\"", json, StringComparison.Ordinal); // emoji are escaped, accents are not
        Assert.Contains("\"name\": \"שרה\"", json, StringComparison.Ordinal);
        Assert.Contains("\"2026-12\": 1000000.50", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an object", "[]", "$: expected an object")]
    [InlineData("missing zone", """{"fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[]}""", "$.timeZone: is missing")]
    [InlineData("unknown zone", """{"timeZone":"Mars/Olympus","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[]}""", "$.timeZone: \"Mars/Olympus\" is not a time zone id known on this machine; use an IANA id such as Europe/Berlin")]
    [InlineData("zone not a string", """{"timeZone":1,"fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[]}""", "$.timeZone: expected a string")]
    [InlineData("fiscal month 13", """{"timeZone":"UTC","fiscalYearStartMonth":13,"currency":"USD","deadline":"Monday 07:00","reps":[]}""", "$.fiscalYearStartMonth: 13 is not a month number from 1 to 12")]
    [InlineData("fiscal month as text", """{"timeZone":"UTC","fiscalYearStartMonth":"1","currency":"USD","deadline":"Monday 07:00","reps":[]}""", "$.fiscalYearStartMonth: expected a whole number")]
    [InlineData("fiscal month fraction", """{"timeZone":"UTC","fiscalYearStartMonth":1.5,"currency":"USD","deadline":"Monday 07:00","reps":[]}""", "$.fiscalYearStartMonth: expected a whole number")]
    [InlineData("currency", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"usd","deadline":"Monday 07:00","reps":[]}""", "$.currency: \"usd\" is not an ISO 4217 code of three upper-case letters such as USD")]
    [InlineData("deadline", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"monday 7:00","reps":[]}""", "$.deadline: \"monday 7:00\" is not a weekly time like Monday 07:00 (English day name, 24-hour HH:mm)")]
    [InlineData("deadline hour 24", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 24:00","reps":[]}""", "$.deadline: \"Monday 24:00\" is not a weekly time like Monday 07:00 (English day name, 24-hour HH:mm)")]
    [InlineData("month key", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","monthTargets":{"2026-13":1},"reps":[]}""", "$.monthTargets['2026-13']: \"2026-13\" is not a month like 2026-12 (yyyy-MM)")]
    [InlineData("quarter key not aligned", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","quarterTargets":{"2026-11":1},"reps":[]}""", "$.quarterTargets['2026-11']: 2026-11 is not the first month of a fiscal quarter; with fiscalYearStartMonth 1 quarters start in months 1, 4, 7, 10")]
    [InlineData("quarter key, fiscal year from August", """{"timeZone":"UTC","fiscalYearStartMonth":8,"currency":"USD","deadline":"Monday 07:00","quarterTargets":{"2026-10":1},"reps":[]}""", "$.quarterTargets['2026-10']: 2026-10 is not the first month of a fiscal quarter; with fiscalYearStartMonth 8 quarters start in months 2, 5, 8, 11")]
    [InlineData("negative target", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","monthTargets":{"2026-12":-1},"reps":[]}""", "$.monthTargets['2026-12']: a target cannot be negative")]
    [InlineData("target as text", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","monthTargets":{"2026-12":"1000"},"reps":[]}""", "$.monthTargets['2026-12']: expected a number such as 1000000")]
    [InlineData("target too big for decimal", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","monthTargets":{"2026-12":1e40},"reps":[]}""", "$.monthTargets['2026-12']: is not an amount a decimal can hold")]
    [InlineData("targets not an object", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","monthTargets":[],"reps":[]}""", "$.monthTargets: expected an object of targets keyed by month, e.g. {\"2026-12\": 1000000}")]
    [InlineData("typo in a property", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","quaterTargets":{},"reps":[]}""", "$.quaterTargets: unknown property; expected timeZone, fiscalYearStartMonth, currency, deadline, reps, monthTargets, quarterTargets (names are case-sensitive)")]
    [InlineData("repeated property", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","currency":"EUR","deadline":"Monday 07:00","reps":[]}""", "$.currency: appears twice")]
    [InlineData("reps not an array", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":{}}""", "$.reps: expected an array of reps")]
    [InlineData("rep without id", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"name":"Ana"}]}""", "$.reps[0].id: is missing")]
    [InlineData("blank rep id", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"id":" "}]}""", "$.reps[0].id: expected the rep's id: 1 to 128 characters, not blank")]
    [InlineData("duplicate rep", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"id":"ana"},{"id":"ana"}]}""", "$.reps[1].id: \"ana\" already appears at $.reps[0].id")]
    [InlineData("rep active as text", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"id":"ana","active":"yes"}]}""", "$.reps[0].active: expected true or false")]
    [InlineData("rep away date", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"id":"ana","awayUntil":"06.12.2026"}]}""", "$.reps[0].awayUntil: \"06.12.2026\" is not a date like 2026-12-31 (yyyy-MM-dd)")]
    [InlineData("rep target key", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"id":"ana","quarterTargets":{"2026-02":5}}]}""", "$.reps[0].quarterTargets['2026-02']: 2026-02 is not the first month of a fiscal quarter; with fiscalYearStartMonth 1 quarters start in months 1, 4, 7, 10")]
    [InlineData("rep is not an object", """{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":["ana"]}""", "$.reps[0]: expected an object")]
    public void Read_BadSettings_ReportsPathAndProblem(string row, string json, string expected)
    {
        var result = TeamSettingsJson.Read(json, Given.Team);

        Assert.False(result.Succeeded, row);
        Assert.Null(result.Settings);
        Assert.True(result.Errors.Count == 1 && result.Errors[0].ToString() == expected, row + ": " + string.Join(" | ", result.Errors));
    }

    [Theory]
    [InlineData("empty", "", "line 1, column 1: invalid JSON")]
    [InlineData("truncated", "{\"timeZone\":\n  \"UTC\",\n", "line 3, column 1: invalid JSON")]
    [InlineData("comment", "{\n  // no comments\n}", "line 2, column 3: invalid JSON")]
    [InlineData("trailing comma", "{\"reps\":[],}", "line 1, column 12: invalid JSON")]
    public void Read_MalformedJson_ReportsLineAndColumn(string row, string json, string expectedStart)
    {
        var result = TeamSettingsJson.Read(json, Given.Team);

        var error = Assert.Single(result.Errors);
        Assert.True(error.ToString().StartsWith(expectedStart, StringComparison.Ordinal), row + ": " + error);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsThemAll()
    {
        const string json = """{"timeZone":"Nowhere","fiscalYearStartMonth":0,"currency":"usd","deadline":"soon","reps":[{"id":""},{"id":"x","active":1}]}""";

        var result = TeamSettingsJson.Read(json, Given.Team);

        Assert.Equal(
            ["$.timeZone", "$.fiscalYearStartMonth", "$.currency", "$.deadline", "$.reps[0].id", "$.reps[1].active"],
            result.Errors.Select(e => e.Path));
    }
}
