using System.Globalization;
using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Tests.Admin;

public sealed class StatusCardTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 11, 30, 7, 0, 0, TimeSpan.FromHours(1));

    private static StatusCardModel Model() => new("Sales EMEA", ForecastWeek.Parse("2026-W49"), Deadline)
    {
        RosterCount = 6,
        Submitted = [new StatusRep("Dana Kim"), new StatusRep("Chen *Wei*")],
        Late = [new StatusRep("Emil Novak")],
        Missing = [new StatusRep("Farah Haddad")],
        Away = [new StatusRep("Rita Rep") { AwayUntil = new DateOnly(2026, 12, 14) }, new StatusRep("Sam") { Reason = "parental leave" }],
        Unreachable =
        [
            new StatusRep("Farah Haddad") { Reachability = Reachability.NoConversation },
            new StatusRep("Emil Novak") { Reachability = Reachability.Blocked },
        ],
    };

    [Fact]
    public void Build_Week_ListsEachStateWithCountsAndEscapedNames()
    {
        var card = StatusCard.Build(Model(), CardLocale.English).ToJson();

        AdminCardTexts.AssertWellFormed(card);
        var texts = AdminCardTexts.Of(card);
        Assert.Equal("Week 2026-W49 — Sales EMEA", texts[0]);
        Assert.Equal("Deadline: " + Deadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" + (Deadline.Offset == TimeSpan.Zero ? string.Empty : Deadline.ToString("zzz", CultureInfo.InvariantCulture)), texts[1]);
        Assert.Contains("Submitted on time (2): Dana Kim, Chen \\*Wei\\*", texts);
        Assert.Contains("Submitted late (1): Emil Novak", texts);
        Assert.Contains("Missing (1): Farah Haddad", texts);
        Assert.Contains("Away or skipping (2): Rita Rep \\(until 2026\\-12\\-14\\), Sam \\(parental leave\\)", texts);
    }

    [Fact]
    public void Build_Unreachable_SaysWhyAndWhatToDo()
    {
        var texts = AdminCardTexts.Of(StatusCard.Build(Model(), CardLocale.English).ToJson());

        Assert.Contains("BotCommit cannot message 2 of them", texts);
        Assert.Contains("Farah Haddad: has no chat with BotCommit yet (app not installed for them)", texts);
        Assert.Contains("Emil Novak: blocked BotCommit, or an admin disabled it", texts);
        Assert.Contains(texts, t => t.Contains("Setup policies", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EveryoneReachable_HasNoUnreachableSection()
    {
        var texts = AdminCardTexts.Of(StatusCard.Build(Model() with { Unreachable = [] }, CardLocale.English).ToJson());

        Assert.DoesNotContain(texts, t => t.Contains("cannot message", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_PausedAndSkipped_SaysSo()
    {
        var texts = AdminCardTexts.Of(StatusCard.Build(Model() with { Paused = true, SkippedReason = "Christmas" }, CardLocale.English).ToJson());

        Assert.Contains(texts, t => t.StartsWith("The schedule is paused", StringComparison.Ordinal));
        Assert.Contains("This week is skipped for the whole team (Christmas): no nudges and no summary.", texts);
    }

    [Fact]
    public void Build_TeamInARegion_NamesTheRegionsItRollsUpInto_AndATeamAloneNamesNone()
    {
        var inRegion = AdminCardTexts.Of(StatusCard.Build(Model() with { Regions = ["EMEA*", "Org"] }, CardLocale.English).ToJson());
        var alone = AdminCardTexts.Of(StatusCard.Build(Model(), CardLocale.For("zh-CN", "zh-CN")).ToJson());
        var chinese = AdminCardTexts.Of(StatusCard.Build(Model() with { Regions = ["华东"] }, CardLocale.For("zh-TW", "zh-TW")).ToJson());

        Assert.Contains("Rolls up into: EMEA\\* › Org (**regions** shows their settings)", inRegion);
        Assert.DoesNotContain(alone, t => t.Contains("大区", StringComparison.Ordinal));
        Assert.Contains("上級大區：华东（用 **大區** 查看其設定）", chinese);
    }

    [Fact]
    public void Build_EmptyRoster_SaysHowToAddReps()
    {
        var texts = AdminCardTexts.Of(StatusCard.Build(new StatusCardModel("Sales", ForecastWeek.Parse("2026-W49"), Deadline), CardLocale.English).ToJson());

        Assert.Contains(texts, t => t.Contains("import roster", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("Missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TeamCulture_FormatsTheDeadlineAndDates()
    {
        var locale = CardLocale.For("en-US", "de-DE");

        var texts = AdminCardTexts.Of(StatusCard.Build(Model(), locale).ToJson());

        Assert.Equal("Deadline: 2026-11-30 07:00 UTC+01:00", texts[1]);
        Assert.Contains(texts, t => t.Contains("Rita Rep \\(until 2026\\-12\\-14\\)", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ThousandUnreachable_StaysUnderTheSizeLimit()
    {
        var many = Enumerable.Range(0, 1000).Select(i => new StatusRep($"Rep number {i}") { Reachability = Reachability.NoConversation }).ToList();

        var card = StatusCard.Build(Model() with { Missing = many, Unreachable = many }, CardLocale.English).ToJson();

        AdminCardTexts.AssertWellFormed(card);
        Assert.Contains("… and 970 more.", AdminCardTexts.Of(card));
    }
}
