using System.Globalization;
using System.Text;
using BotCommit.Forecasting.Deals;
using BotCommit.Exchange;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using FsCheck;
using FsCheck.Fluent;

namespace BotCommit.Exchange.Tests;

public class SubmissionsCsvTests
{
    // The header of files written before the status column (still read); the bot writes CurrentHeader.
    private const string Header =
        "week,rep_id,rep_name,deal_id,account,deal_name,category,amount,close_date,stage,config_final,end_user_contract,partner_contract,discount_approved,partner_ready,unrealized,reason,submitted_at";

    private const string CurrentHeader = Header + ",status";

    private const string ValidRow = "2026-W47,r1,Rita,d1,Acme,Routers,Commit,1000.00,2026-11-18,90,true,true,true,true,true,false,,2026-11-15T18:00:00Z";

    [Fact]
    public void Write_OneSubmission_WritesHeaderAndOneRowPerDealWithInvariantValues()
    {
        var submission = Snapshot("2026-W47", "r1", "Rita",
            Deal("d1", "Acme", "Routers", ForecastCategory.Commit, 125000.50m, "2026-11-18", 90) with { Checklist = CommitChecklist.All, Reason = "signed PO" },
            Deal("d2", "Globex", "Switches", ForecastCategory.Won, 7m, "2026-11-10", 100) with { Unrealized = true }) with
        {
            SubmittedAt = new DateTimeOffset(2026, 11, 15, 19, 30, 0, TimeSpan.FromHours(1)),
        };

        var text = SubmissionsCsv.ToText([submission]);

        Assert.Equal(
            CurrentHeader + "\r\n"
            + "2026-W47,r1,Rita,d1,Acme,Routers,Commit,125000.50,2026-11-18,90,true,true,true,true,true,false,signed PO,2026-11-15T18:30:00Z,submitted\r\n"
            + "2026-W47,r1,Rita,d2,Globex,Switches,Won,7,2026-11-10,100,false,false,false,false,false,true,,2026-11-15T18:30:00Z,submitted\r\n",
            text);
    }

    [Fact]
    public void Write_CarriedForwardAndSkipped_LeaveSubmittedAtEmpty()
    {
        var carried = Snapshot("2026-W47", "r1", "Rita", Deal("d1")) with { Status = SubmissionStatus.CarriedForward };
        var skipped = Snapshot("2026-W47", "r2", "Sam", Deal("d2")) with { Status = SubmissionStatus.Skipped, SubmittedAt = At("2026-11-15T18:00:00Z"), SkipReason = "away" };

        var lines = SubmissionsCsv.ToText([carried, skipped]).Split("\r\n");

        Assert.EndsWith(",false,,,carried", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",false,,2026-11-15T18:00:00Z,skipped", lines[2], StringComparison.Ordinal); // when the skip was recorded
        var read = SubmissionsCsv.Read(string.Join("\r\n", lines), Given.Team).Submissions;
        Assert.Equal([SubmissionStatus.CarriedForward, SubmissionStatus.Skipped], read.Select(s => s.Status));
        Assert.Equal(At("2026-11-15T18:00:00Z"), read[1].SubmittedAt);
    }

    [Fact]
    public void Write_Revisions_AreRowsOfTheirOwnWithTheirInstant_ReadBackApartFromTheRecord()
    {
        var record = Snapshot("2026-W47", "r1", "Rita", Deal("d1")) with { SubmittedAt = At("2026-11-15T18:00:00Z") };
        var first = Snapshot("2026-W47", "r1", "Rita", Deal("d1") with { Category = ForecastCategory.Upside }) with { SubmittedAt = At("2026-11-18T09:00:00Z"), Late = true };
        var second = Snapshot("2026-W47", "r1", "Rita", Deal("d1") with { Category = ForecastCategory.Lost }) with { SubmittedAt = At("2026-11-19T09:00:00Z"), Late = true };

        var text = SubmissionsCsv.ToText([record], [first, second]);
        var read = SubmissionsCsv.Read(text, Given.Team);

        Assert.EndsWith(",2026-11-18T09:00:00Z,revision", text.Split("\r\n")[2], StringComparison.Ordinal);
        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        Assert.Equal(ForecastCategory.Commit, Assert.Single(Assert.Single(read.Submissions).Deals).Category);
        Assert.Equal([At("2026-11-18T09:00:00Z"), At("2026-11-19T09:00:00Z")], read.Revisions.Select(r => r.SubmittedAt));
        Assert.Equal([ForecastCategory.Upside, ForecastCategory.Lost], read.Revisions.Select(r => r.Deals.Single().Category));
    }

    [Fact]
    public void Write_RepNames_OverrideTheSubmissionsNames()
    {
        var submission = Snapshot("2026-W47", "r1", "old name", Deal("d1"));

        var text = SubmissionsCsv.ToText([submission], new Dictionary<RepId, string> { [RepId.From("r1")] = "Rita Roster" });

        Assert.Contains(",r1,Rita Roster,d1,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoSubmissionsForTheSameWeekAndRep_Throws()
    {
        var first = Snapshot("2026-W47", "r1", "Rita", Deal("d1"));

        Assert.Throws<ArgumentException>(() => SubmissionsCsv.ToText([first, first with { Deals = [Deal("d2")] }]));
    }

    [Theory]
    [InlineData("plain", "Acme", "Acme")]
    [InlineData("comma is quoted", "Acme, Inc.", "\"Acme, Inc.\"")]
    [InlineData("quote is doubled", "The \"Best\" Co", "\"The \"\"Best\"\" Co\"")]
    [InlineData("line break is quoted", "Line 1\nLine 2", "\"Line 1\nLine 2\"")]
    [InlineData("formula =", "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("formula +", "+49 30 1234", "'+49 30 1234")]
    [InlineData("formula -", "-2+3", "'-2+3")]
    [InlineData("formula @", "@SUM(A1)", "'@SUM(A1)")]
    [InlineData("tab", "\tAcme", "'\tAcme")]
    [InlineData("carriage return is guarded and quoted", "\rAcme", "\"'\rAcme\"")]
    [InlineData("apostrophe before a trigger is escaped too", "'=x", "''=x")]
    [InlineData("double apostrophe is escaped", "''x", "'''x")]
    [InlineData("lone apostrophe is left alone", "'s-Hertogenbosch", "'s-Hertogenbosch")]
    [InlineData("trigger inside is harmless", "A=B", "A=B")]
    public void Write_FreeText_QuotesAndGuardsAgainstFormulas(string row, string account, string expectedField)
    {
        var submission = Snapshot("2026-W47", "r1", "Rita", Deal("d1", account: account));

        var text = SubmissionsCsv.ToText([submission]);

        Assert.True(text.Contains(",d1," + expectedField + ",Routers,", StringComparison.Ordinal), $"{row}: {text}");
    }

    public static TheoryData<string> AwkwardTexts() => new(
        "Acme, Inc.",
        "The \"Best\" Co",
        "two\nlines",
        "windows\r\nlines",
        "trailing CR\r",
        "🚀 Rocket GmbH 👩‍💻",
        "شركة الاتصالات",
        "עברית ו-English",
        "=1+1",
        "+1 555",
        "-minus",
        "@handle",
        "\ttabbed",
        "\rcarriage",
        "'quoted'",
        "'=already guarded",
        "''",
        "'",
        "  spaces around  ",
        "\"",
        ",",
        "a,b\"c\nd");

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void Read_WhatWriteWrote_RoundTripsAwkwardTextExactly(string text)
    {
        var written = Snapshot("2026-W47", text, text, Deal("d1", account: text, name: text) with { Reason = text }) with
        {
            SubmittedAt = At("2026-11-15T18:00:00.1234567Z"),
        };

        var result = SubmissionsCsv.Read(SubmissionsCsv.ToText([written]), Given.Team);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        AssertSame(written, Assert.Single(result.Submissions));
    }

    [Fact]
    public void Read_WhatWriteWrote_RoundTripsStatusesInstantsAmountsAndFlags()
    {
        Submission[] written =
        [
            Snapshot("2026-W46", "r1", "Rita",
                Deal("d1", amount: 0m),
                Deal("d2", amount: 0.01m) with { Checklist = new CommitChecklist(true, false, true, false, true) },
                Deal("d3", amount: 125000.50m, category: ForecastCategory.Won, stage: 100) with { Unrealized = true },
                Deal("-d4", amount: 999999999.99m, category: ForecastCategory.Lost, stage: 0)) with
            {
                SubmittedAt = new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.FromHours(-8)),
            },
            Snapshot("2026-W47", "r1", "Rita", Deal("d1")) with { Status = SubmissionStatus.CarriedForward, SubmittedAt = null },
            Snapshot("2026-W47", "r2", "", Deal("d1", category: ForecastCategory.Pipeline, stage: 25)),
        ];

        var result = SubmissionsCsv.Read(SubmissionsCsv.ToText(written), Given.Team);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(written.Length, result.Submissions.Count);
        for (var i = 0; i < written.Length; i++)
        {
            AssertSame(written[i], result.Submissions[i]);
        }

        Assert.Equal("125000.50", result.Submissions[0].Deals[2].Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_AnyGeneratedSnapshots_RoundTrip()
    {
        var property =
            from week in Generators.Week
            from snapshot in Generators.Snapshot(Given.RepA, week, week.Monday)
            where snapshot.Deals.Count > 0
            select snapshot;

        Prop.ForAll(property.ToArbitrary(), snapshot =>
        {
            var expected = snapshot.Status switch
            {
                SubmissionStatus.Submitted => snapshot,
                SubmissionStatus.Skipped => snapshot with { SkipReason = null }, // the reason is not a column
                _ => snapshot with { Status = SubmissionStatus.CarriedForward, SubmittedAt = null, SkipReason = null },
            };
            var result = SubmissionsCsv.Read(SubmissionsCsv.ToText([snapshot]), Given.Team);
            AssertSame(expected, Assert.Single(result.Submissions));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_AnyText_NeverThrows()
    {
        var texts = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>(),
            Gen.Elements(Header + "\n", Header + "\n" + ValidRow, "\"", "\"\"\"", ",\n,", "\uFEFF", "a\"b", "\"a\"b")
                .SelectMany(prefix => ArbMap.Default.GeneratorFor<string>().Select(tail => prefix + tail)));

        Prop.ForAll(texts.Where(t => t is not null).ToArbitrary(), text =>
        {
            var result = SubmissionsCsv.Read(text, Given.Team);
            Assert.True(result.Succeeded || result.Submissions.Count == 0);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("week", 1, "2026-49", "line 2, column 1 (week): \"2026-49\" is not an ISO week like 2026-W49")]
    [InlineData("blank rep", 2, " ", "line 2, column 2 (rep_id): is empty; expected the rep's id")]
    [InlineData("deal id", 4, "d 1", "line 2, column 4 (deal_id): \"d 1\" is not a deal id (1..64 characters of A-Z, a-z, 0-9, '_' or '-')")]
    [InlineData("empty account", 5, "", "line 2, column 5 (account): is empty; expected the account")]
    [InlineData("empty deal name", 6, "", "line 2, column 6 (deal_name): is empty; expected the deal's name")]
    [InlineData("unknown category", 7, "Maybe", "line 2, column 7 (category): \"Maybe\" is not a category; expected one of Commit, Upside, Pipeline, Won, Lost")]
    [InlineData("category is case-sensitive", 7, "commit", "line 2, column 7 (category): \"commit\" is not a category; expected one of Commit, Upside, Pipeline, Won, Lost")]
    [InlineData("thousands separator", 8, "\"1,000.00\"", "line 2, column 8 (amount): \"1,000.00\" is not an invariant decimal like 1000.00")]
    [InlineData("decimal comma", 8, "\"1000,50\"", "line 2, column 8 (amount): \"1000,50\" is not an invariant decimal like 1000.00")]
    [InlineData("exponent", 8, "1e3", "line 2, column 8 (amount): \"1e3\" is not an invariant decimal like 1000.00")]
    [InlineData("empty amount", 8, "", "line 2, column 8 (amount): \"\" is not an invariant decimal like 1000.00")]
    [InlineData("negative amount", 8, "-5", "line 2, column 8 (amount): \"-5\" is negative; an amount is zero or more")]
    [InlineData("three decimals", 8, "10.001", "line 2, column 8 (amount): \"10.001\" has more than 2 decimals")]
    [InlineData("too large", 8, "99999999999999999999999999999999", "line 2, column 8 (amount): \"99999999999999999999999999999999\" is too large for an amount")]
    [InlineData("date format", 9, "18.11.2026", "line 2, column 9 (close_date): \"18.11.2026\" is not a date like 2026-12-31 (yyyy-MM-dd)")]
    [InlineData("impossible date", 9, "2026-02-30", "line 2, column 9 (close_date): \"2026-02-30\" is not a date like 2026-12-31 (yyyy-MM-dd)")]
    [InlineData("stage not in list", 10, "45", "line 2, column 10 (stage): \"45\" is not a stage; expected one of 0, 25, 50, 60, 70, 80, 90, 100")]
    [InlineData("stage with percent", 10, "90%", "line 2, column 10 (stage): \"90%\" is not a stage; expected one of 0, 25, 50, 60, 70, 80, 90, 100")]
    [InlineData("flag", 11, "yes", "line 2, column 11 (config_final): \"yes\" is not a flag; expected true or false")]
    [InlineData("flag is case-sensitive", 16, "TRUE", "line 2, column 16 (unrealized): \"TRUE\" is not a flag; expected true or false")]
    [InlineData("instant without zone", 18, "2026-11-15T18:00:00", "line 2, column 18 (submitted_at): \"2026-11-15T18:00:00\" is not an ISO-8601 UTC instant like 2026-11-29T18:00:00Z (or empty for a carried-forward snapshot)")]
    [InlineData("instant not UTC", 18, "2026-11-15T18:00:00+01:00", "line 2, column 18 (submitted_at): \"2026-11-15T18:00:00+01:00\" is not an ISO-8601 UTC instant like 2026-11-29T18:00:00Z (or empty for a carried-forward snapshot)")]
    [InlineData("instant with space", 18, "2026-11-15 18:00:00Z", "line 2, column 18 (submitted_at): \"2026-11-15 18:00:00Z\" is not an ISO-8601 UTC instant like 2026-11-29T18:00:00Z (or empty for a carried-forward snapshot)")]
    public void Read_BadValue_ReportsLineColumnAndWhatWasExpected(string row, int column, string value, string expected)
    {
        var fields = ValidRow.Split(',');
        fields[column - 1] = value;

        var result = SubmissionsCsv.Read(Header + "\n" + string.Join(',', fields) + "\n", Given.Team);

        Assert.False(result.Succeeded, row);
        Assert.Empty(result.Submissions);
        Assert.Equal(expected, Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("empty file", "", "line 1: the file is empty; expected the header row " + CurrentHeader)]
    [InlineData("only a BOM", "\uFEFF", "line 1: the file is empty; expected the header row " + CurrentHeader)]
    [InlineData("renamed column", "week,rep_id,name", "line 1, column 3 (rep_name): wrong header: expected \"rep_name\", found \"name\"; the header row is " + CurrentHeader)]
    [InlineData("missing column", "week,rep_id", "line 1, column 3 (rep_name): wrong header: missing column \"rep_name\"; the header row is " + CurrentHeader)]
    [InlineData("extra column", CurrentHeader + ",notes", "line 1, column 20 (extra): wrong header: unexpected extra column \"notes\"; the header row is " + CurrentHeader)]
    [InlineData("unknown trailing column", Header + ",notes", "line 1, column 19 (status): wrong header: expected \"status\", found \"notes\"; the header row is " + CurrentHeader)]
    [InlineData("header case", "Week" + "," + "rep_id", "line 1, column 1 (week): wrong header: expected \"week\", found \"Week\"; the header row is " + CurrentHeader)]
    public void Read_WrongHeader_ReportsTheFirstDifference(string row, string text, string expected)
    {
        var result = SubmissionsCsv.Read(text, Given.Team);

        Assert.True(Assert.Single(result.Errors).ToString() == expected, row + ": " + result.Errors[0]);
    }

    [Theory]
    [InlineData("too few columns", ValidRow + "\n2026-W47,r1", "line 3: expected 18 columns, found 2")]
    [InlineData("too many columns", ValidRow + ",x", "line 2: expected 18 columns, found 19")]
    [InlineData("unclosed quote", "2026-W47,r1,Rita,d1,\"Acme,Routers", "line 2, column 5 (account): a quoted field is not closed: the quote opened here has no closing quote")]
    [InlineData("quote inside unquoted field", "2026-W47,r1,Rita,d1,Ac\"me,Routers", "line 2, column 5 (account): a quote inside an unquoted field; quote the whole field and double the quotes inside it")]
    [InlineData("text after closing quote", "2026-W47,r1,Rita,d1,\"Acme\"x,Routers", "line 2, column 5 (account): text after a closing quote; double a quote that belongs inside a quoted field")]
    [InlineData("duplicate deal", ValidRow + "\n" + ValidRow, "line 3, column 4 (deal_id): deal \"d1\" of rep \"r1\" in 2026-W47 already appears on line 2")]
    [InlineData("rep name differs", ValidRow + "\n2026-W47,r1,Rita R.,d2,Acme,Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false,,2026-11-15T18:00:00Z",
        "line 3, column 3 (rep_name): \"Rita R.\" differs from \"Rita\" on line 2; every row of rep \"r1\" in 2026-W47 must have the same rep_name")]
    [InlineData("submitted_at differs", ValidRow + "\n2026-W47,r1,Rita,d2,Acme,Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false,,",
        "line 3, column 18 (submitted_at): \"\" differs from \"2026-11-15T18:00:00Z\" on line 2; every row of rep \"r1\" in 2026-W47 must have the same submitted_at")]
    [InlineData("line count after a multi-line field", "2026-W47,r1,Rita,d1,\"Acme\r\nNorth\nEast\",Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false,,\n2026-W47,r1,Rita,d2,Acme,Routers,Maybe,1,2026-11-18,90,true,true,true,true,true,false,,",
        "line 5, column 7 (category): \"Maybe\" is not a category; expected one of Commit, Upside, Pipeline, Won, Lost")]
    [InlineData("unclosed after a doubled quote at the end of the file", "2026-W47,r1,Rita,d1,Acme,Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false,\"signed \"\"PO\"\"",
        "line 2, column 17 (reason): a quoted field is not closed: the quote opened here has no closing quote")]
    [InlineData("unclosed quote spanning lines", ValidRow + "\n2026-W47,r1,Rita,d2,\"Acme\nNorth,Routers",
        "line 3, column 5 (account): a quoted field is not closed: the quote opened here has no closing quote")]
    [InlineData("line count after blank lines", "\n\n" + ValidRow + "\n\n2026-W47,r1,Rita,d2,Acme,Routers,Maybe,1,2026-11-18,90,true,true,true,true,true,false,,2026-11-15T18:00:00Z",
        "line 6, column 7 (category): \"Maybe\" is not a category; expected one of Commit, Upside, Pipeline, Won, Lost")]
    [InlineData("line count with CR line ends", ValidRow + "\r2026-W47,r1,Rita,d2,\"Acme\rNorth\",Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false,,2026-11-15T18:00:00Z\r"
        + "2026-W47,r1,Rita,d3,Acme,Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false,,x",
        "line 5, column 18 (submitted_at): \"x\" is not an ISO-8601 UTC instant like 2026-11-29T18:00:00Z (or empty for a carried-forward snapshot)")]
    [InlineData("field after a multi-line field on the same record", "2026-W47,r1,Rita,d1,\"Acme\r\nNorth\",\"Routers\n\",Maybe,1,2026-11-18,90,true,true,true,true,true,false,,",
        "line 4, column 7 (category): \"Maybe\" is not a category; expected one of Commit, Upside, Pipeline, Won, Lost")]
    public void Read_BadRecord_ReportsWhereAndWhy(string row, string body, string expected)
    {
        var result = SubmissionsCsv.Read(Header + "\n" + body + "\n", Given.Team);

        Assert.True(result.Errors.Count == 1 && result.Errors[0].ToString() == expected, row + ": " + string.Join(" | ", result.Errors));
        Assert.Empty(result.Submissions);
    }

    [Fact]
    public void Read_NotACsvAtAll_ReportsOnlyTheHeader()
    {
        const string json = "{\n  \"timeZone\": \"UTC\",\n  \"reps\": []\n}\n";

        var result = SubmissionsCsv.Read(json, Given.Team);

        Assert.Equal("line 1, column 1 (week): wrong header: expected \"week\", found \"{\"; the header row is " + CurrentHeader, Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("doubled quote cut off by the end of the file", "\"signed \"\"PO\"\"")]
    [InlineData("only an opening quote", "\"")]
    [InlineData("line break inside", "\"signed\nPO")]
    public void Read_LastFieldUnclosedAtTheEndOfTheFile_IsAnError(string row, string reason)
    {
        var text = Header + "\n2026-W47,r1,Rita,d1,Acme,Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false," + reason;

        var result = SubmissionsCsv.Read(text, Given.Team);

        Assert.True(
            result.Errors.Count == 1 && result.Errors[0].ToString() == "line 2, column 17 (reason): a quoted field is not closed: the quote opened here has no closing quote",
            row + ": " + string.Join(" | ", result.Errors));
    }

    [Fact]
    public void Read_HeaderAfterBlankLines_IsCheckedOnItsOwnLine()
    {
        var result = SubmissionsCsv.Read("\n\nweek,rep_id,name\n" + ValidRow, Given.Team);

        Assert.Equal("line 3, column 3 (rep_name): wrong header: expected \"rep_name\", found \"name\"; the header row is " + CurrentHeader, Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Read_UnreadableHeaderAfterBlankLines_ReportsOnlyTheHeadersProblem()
    {
        var result = SubmissionsCsv.Read("\r\nweek,rep\"id\n2026-W47,\"open", Given.Team);

        Assert.Equal("line 2, column 2 (rep_id): a quote inside an unquoted field; quote the whole field and double the quotes inside it", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Read_UnreadableHeader_ReportsOnlyTheHeadersProblem()
    {
        var result = SubmissionsCsv.Read("\"week,rep_id\nmore\"x\n2026-W47,\"open", Given.Team);

        Assert.Equal("line 1, column 1 (week): text after a closing quote; double a quote that belongs inside a quoted field", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Read_ProblemsOnSeveralLines_AreReportedInFileOrder()
    {
        var body = "2026-W47,r1,Rita,d1,Ac\"me,Routers\n" + ValidRow.Replace("Commit", "Maybe", StringComparison.Ordinal) + "\n2026-W47,r1";

        var result = SubmissionsCsv.Read(Header + "\n" + body, Given.Team);

        Assert.Equal(["line 2, column 5 (account)", "line 3, column 7 (category)", "line 4"], result.Errors.Select(e => e.ToString().Split(':')[0]));
    }

    [Fact]
    public void Read_FieldTooLong_NamesTheLimit()
    {
        var fields = ValidRow.Split(',');
        fields[4] = new string('x', DealForecast.MaxAccountLength + 1);

        var result = SubmissionsCsv.Read(Header + "\n" + string.Join(',', fields), Given.Team);

        Assert.Equal("line 2, column 5 (account): is 121 characters long; the account has at most 120", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Read_ManyBadRows_ReportsEveryErrorOfARowAndStopsAfterTheCap()
    {
        var bad = "2026-W47,r1,Rita,d1,Acme,Routers,Maybe,x,2026-11-18,90,true,true,true,true,true,false,,";
        var text = Header + "\n" + string.Join("\n", Enumerable.Repeat(bad, 80));

        var result = SubmissionsCsv.Read(text, Given.Team);

        Assert.Equal(SubmissionsCsv.MaxErrors + 1, result.Errors.Count);
        Assert.Equal("line 2, column 7 (category)", result.Errors[0].ToString()[..27]);
        Assert.StartsWith("line 2, column 8 (amount)", result.Errors[1].ToString(), StringComparison.Ordinal);
        Assert.EndsWith("stopped after 100 errors", result.Errors[^1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreDealsThanASubmissionHolds_IsAnError()
    {
        var rows = Enumerable.Range(1, Submission.MaxDeals + 1)
            .Select(i => $"2026-W47,r1,Rita,d{i},Acme,Routers,Commit,1,2026-11-18,90,true,true,true,true,true,false,,");

        var result = SubmissionsCsv.Read(Header + "\n" + string.Join("\n", rows), Given.Team);

        Assert.Equal("line 101, column 4 (deal_id): rep \"r1\" in 2026-W47 has more than 99 deals", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Read_ByteOrderMarkLfAndTrailingBlankLines_AreAccepted()
    {
        var text = "\uFEFF" + Header + "\n" + ValidRow + "\n\n\n";

        var result = SubmissionsCsv.Read(text, Given.Team);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var submission = Assert.Single(result.Submissions);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal("Rita", submission.RepName);
        Assert.Equal(1000.00m, submission.Deals[0].Amount);
        Assert.True(submission.Deals[0].IsSolidCommit);
    }

    [Fact]
    public void Read_RowsOfManyWeeksAndReps_GroupsInOrderOfFirstAppearance()
    {
        var text = new StringBuilder(Header).Append('\n')
            .Append("2026-W47,r2,Sam,d1,Acme,A,Upside,1,2026-11-18,50,false,false,false,false,false,false,,\n")
            .Append("2026-W46,r1,Rita,d1,Acme,A,Commit,2,2026-11-12,90,false,false,false,false,false,false,,2026-11-08T18:00:00Z\n")
            .Append("2026-W47,r2,Sam,d2,Acme,B,Won,3,2026-11-10,100,false,false,false,false,false,true,,\n")
            .ToString();

        var result = SubmissionsCsv.Read(text, Given.Team);

        Assert.Equal(["2026-W47/r2/CarriedForward/2", "2026-W46/r1/Submitted/1"],
            result.Submissions.Select(s => $"{s.Week}/{s.Rep}/{s.Status}/{s.Deals.Count}"));
        Assert.Equal(["d1", "d2"], result.Submissions[0].Deals.Select(d => d.Id.Value));
    }

    private static void AssertSame(Submission expected, Submission actual)
    {
        Assert.Equal(expected.Team, actual.Team);
        Assert.Equal(expected.Week, actual.Week);
        Assert.Equal(expected.Rep, actual.Rep);
        Assert.Equal(expected.RepName, actual.RepName);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.SubmittedAt, actual.SubmittedAt);
        Assert.Equal(expected.Late, actual.Late);
        Assert.Equal(expected.Deals, actual.Deals);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static Submission Snapshot(string week, string rep, string repName, params DealForecast[] deals) =>
        new(Given.Team, Given.Week(week), RepId.From(rep), deals)
        {
            RepName = repName,
            SubmittedAt = At("2026-11-15T18:00:00Z"),
        };

    private static DealForecast Deal(
        string id,
        string account = "Acme",
        string name = "Routers",
        ForecastCategory category = ForecastCategory.Commit,
        decimal amount = 100m,
        string close = "2026-11-18",
        int stage = 90) =>
        new(DealId.From(id), account, name, category, amount, Given.Date(close), Stage.From(stage));
}
