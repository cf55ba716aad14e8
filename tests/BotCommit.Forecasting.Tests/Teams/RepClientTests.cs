using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;

namespace BotCommit.Forecasting.Tests.Teams;

/// <summary>A rep's zone and locale follow what their Teams client sends; written only when something changed.</summary>
public sealed class RepClientTests
{
    private static readonly TeamId Team = TeamId.From("team-1");
    private static readonly RepId Id = RepId.From("rep-1");

    [Fact]
    public void SeenWith_NewZoneAndLocale_AreKept()
    {
        var rep = new Rep(Team, Id, "王芳");

        var seen = rep.SeenWith(new RepClient("Asia/Shanghai", "zh-CN"));

        Assert.NotNull(seen);
        Assert.Equal(("Asia/Shanghai", "zh-CN"), (seen.TimeZoneId, seen.Locale));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Asia/Shanghai", "zh-CN")]
    [InlineData("Not/AZone", "zh-CN")]
    [InlineData("Asia/Shanghai", "<script>")]
    [InlineData("", " ")]
    public void SeenWith_NothingNewOrValid_ChangesNothing(string? zone, string? locale)
    {
        var rep = new Rep(Team, Id, "王芳") { TimeZoneId = "Asia/Shanghai", Locale = "zh-CN" };

        Assert.Null(rep.SeenWith(new RepClient(zone, locale)));
    }

    [Fact]
    public void SeenWith_WindowsZone_IsStoredAsIana()
    {
        var seen = new Rep(Team, Id, "A").SeenWith(new RepClient("China Standard Time", null));

        Assert.Equal("Asia/Shanghai", seen?.TimeZoneId);
    }

    [Fact]
    public void SeenWith_AdminSetZone_IsNotReplacedButTheLocaleIs()
    {
        var rep = new Rep(Team, Id, "A") { TimeZoneId = "Europe/London", TimeZoneSetByAdmin = true };

        var seen = rep.SeenWith(new RepClient("Asia/Taipei", "zh-TW"));

        Assert.Equal(("Europe/London", "zh-TW"), (seen?.TimeZoneId, seen?.Locale));
    }

    [Fact]
    public async Task RememberAsync_Unchanged_ReadsAndWritesNothing()
    {
        var roster = new CountingRoster();
        var rep = new Rep(Team, Id, "A") { TimeZoneId = "Asia/Shanghai", Locale = "zh-CN" };
        await roster.SaveAsync(rep, null, CancellationToken.None);
        roster.Operations = 0;

        var kept = await new RememberRepClient(roster).RememberAsync(rep, new RepClient("Asia/Shanghai", "zh-CN"), CancellationToken.None);

        Assert.Same(rep, kept);
        Assert.Equal(0, roster.Operations);
    }

    [Fact]
    public async Task RememberAsync_Changed_IsSavedWithTheStoredVersion()
    {
        var roster = new CountingRoster();
        var rep = new Rep(Team, Id, "A") { MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 5m } };
        await roster.SaveAsync(rep, null, CancellationToken.None);
        roster.Operations = 0;

        var kept = await new RememberRepClient(roster).RememberAsync(rep, new RepClient("Asia/Taipei", "zh-TW"), CancellationToken.None);

        var stored = (await roster.GetAsync(Team, Id, CancellationToken.None))!.Value;
        Assert.Equal(("Asia/Taipei", "zh-TW"), (stored.TimeZoneId, stored.Locale));
        Assert.Equal(5m, stored.MonthTargets["2026-12"]);
        Assert.Equal((stored.TimeZoneId, stored.Locale), (kept.TimeZoneId, kept.Locale));
        Assert.Equal(3, roster.Operations); // read, save, and the read of this assertion
    }

    [Theory]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("zh_TW", "zh-TW")]
    [InlineData("简体中文", "zh-CN")]
    [InlineData("中文", "zh-CN")]
    [InlineData("繁體中文", "zh-TW")]
    [InlineData("ｚｈ－ＴＷ", "zh-TW")]
    [InlineData("zh-Hant", "zh-TW")]
    [InlineData("English", "en-US")]
    [InlineData("英文", "en-US")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("de", "de-DE")]
    [InlineData("zh-HK", "zh-HK")]
    public void LanguageParser_AcceptsTagsAndNames(string typed, string expected)
    {
        Assert.True(Forecasting.Input.LanguageParser.TryParse(typed, out var culture));
        Assert.Equal(expected, culture);
    }

    [Theory]
    [InlineData("")]
    [InlineData("klingon")]
    [InlineData("xx-YY")]
    [InlineData("zh-CN; drop table")]
    public void LanguageParser_RefusesWhatItDoesNotKnow(string typed)
    {
        Assert.False(Forecasting.Input.LanguageParser.TryParse(typed, out _));
    }

    private sealed class CountingRoster : Ports.IRosterStore
    {
        private readonly InMemoryRosterStore _inner = new();

        public int Operations { get; set; }

        public Task<Ports.Versioned<Rep>?> GetAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
        {
            Operations++;
            return _inner.GetAsync(team, rep, cancellationToken);
        }

        public Task<IReadOnlyList<Rep>> ListAsync(TeamId team, CancellationToken cancellationToken) => _inner.ListAsync(team, cancellationToken);

        public Task<IReadOnlyList<Rep>> FindMembershipsAsync(RepId rep, CancellationToken cancellationToken) => _inner.FindMembershipsAsync(rep, cancellationToken);

        public Task<string> SaveAsync(Rep rep, string? expectedVersion, CancellationToken cancellationToken)
        {
            Operations++;
            return _inner.SaveAsync(rep, expectedVersion, cancellationToken);
        }

        public Task DeleteAsync(TeamId team, RepId rep, CancellationToken cancellationToken) => _inner.DeleteAsync(team, rep, cancellationToken);
    }
}
