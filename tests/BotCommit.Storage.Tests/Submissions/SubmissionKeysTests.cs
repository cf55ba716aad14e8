using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Submissions;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.Submissions;

public sealed class SubmissionKeysTests
{
    [Fact]
    public void PartitionKey_IsTeamAndWeek_SoAWeekIsOnePartition()
    {
        var key = SubmissionKeys.PartitionKey(Sample.TeamsChannelTeam, ForecastWeek.Parse("2027-W01"));

        Assert.Equal("19:abc@thread.tacv2;messageid=1|2027-W01", key);
    }

    [Theory]
    [InlineData("team|x", "team!7Cx|2026-W49")]
    [InlineData("t/1", "t!2F1|2026-W49")]
    public void PartitionKey_TeamWithReservedCharacters_IsEscaped(string team, string expected)
    {
        Assert.Equal(expected, SubmissionKeys.PartitionKey(TeamId.From(team), Sample.Week));
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public void RowKeys_OfARep_AreInsideItsPrefixRangeAndParseBack(string id)
    {
        var rep = RepId.From(id);
        var (from, to) = KeyCodec.PrefixRange(SubmissionKeys.RepPart(rep));

        var header = SubmissionKeys.HeaderRowKey(rep);
        var line = SubmissionKeys.LineRowKey(rep, 12, DealId.From("D-1_x"));

        Assert.All(new[] { header, line }, k => Assert.InRange(string.CompareOrdinal(k, from), 0, int.MaxValue));
        Assert.All(new[] { header, line }, k => Assert.True(string.CompareOrdinal(k, to) < 0));
        Assert.True(SubmissionKeys.Parse(header).IsHeader);
        var parsed = SubmissionKeys.Parse(line);
        Assert.Equal((12, "D-1_x"), (parsed.Generation, parsed.Deal.Value));
        Assert.Equal(id, KeyCodec.Decode(parsed.RepPart));
    }

    [Theory]
    [InlineData("rep")]
    [InlineData("rep|x")]
    [InlineData("rep|1")]
    [InlineData("rep|x|D1")]
    [InlineData("rep|1|bad deal")]
    [InlineData("rep|1|D1|extra")]
    public void Parse_NotASubmissionRowKey_IsCorrupt(string rowKey)
    {
        Assert.Throws<InvalidDataException>(() => SubmissionKeys.Parse(rowKey));
    }
}
