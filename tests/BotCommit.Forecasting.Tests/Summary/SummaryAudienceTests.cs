using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Summary;

public class SummaryAudienceTests
{
    private static readonly TeamId Team = TeamId.From("19:team@thread.tacv2");

    [Theory]
    [InlineData(0, false, true)] // managers only
    [InlineData(2, false, false)] // reps can read it
    [InlineData(null, false, false)] // nobody knows: private by default
    [InlineData(2, true, true)] // the team chose to share everything
    [InlineData(null, true, true)]
    public void ChannelGetsDetails_OnlyWhenNoRepReadsIt_OrTheTeamSharesEverything(int? repReaders, bool share, bool details)
    {
        var team = new TeamSettings(Team)
        {
            SummaryChannel = new SummaryChannel("19:c@thread.tacv2", "Sales") { RepReaders = repReaders },
            ShareSummaryWithTeam = share,
        };

        Assert.Equal(details, SummaryAudience.ChannelGetsDetails(team));
    }

    [Fact]
    public void PrivateReaders_AreTheAdminsAndActiveManagers_EachOnce()
    {
        var ann = RepId.From("ann");
        var bob = RepId.From("bob");
        var team = new TeamSettings(Team) { Admins = [bob, ann] };
        Rep[] roster =
        [
            new(Team, ann, "Ann") { IsManager = true },
            new(Team, RepId.From("cy"), "Cy") { IsManager = true },
            new(Team, RepId.From("dee"), "Dee") { IsManager = true, Active = false },
            new(Team, RepId.From("eve"), "Eve"),
        ];

        Assert.Equal(["ann", "bob", "cy"], SummaryAudience.PrivateReaders(team, roster).Select(r => r.Value));
    }
}
