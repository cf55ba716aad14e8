using BotCommit.Bot.Commands;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Finding the command in forgiving text, and telling people's @mentions apart from the words.</summary>
public sealed class CommandCatalogueTests
{
    private readonly CommandCatalogue _catalogue = new();

    [Theory]
    [InlineData("set timezone Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("set time zone Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("SET   TZ   Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("tz Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("set summary channel", "SetChannel", "")]
    [InlineData("set summary Monday 8:00", "SetSummary", "Monday 8:00")]
    [InlineData("summary now post", "SummaryNow", "post")]
    [InlineData("post", "PostSummary", "")]
    [InlineData("skip weekend trip", "Skip", "weekend trip")]
    [InlineData("skip week W52 Christmas.", "Skip", "W52 Christmas")]
    [InlineData("Nudge Now!", "NudgeNow", "")]
    [InlineData("set fy start 7", "SetFiscalYearStart", "7")]
    [InlineData("?", "Help", "")]
    public void Match_AliasesCaseAndSpaces_FindTheCommand(string text, string kind, string arguments)
    {
        var match = _catalogue.Match(text);

        Assert.NotNull(match);
        Assert.Equal((kind, arguments), (match.Value.Command.Kind.ToString(), match.Value.Arguments));
    }

    [Theory]
    [InlineData("settimezone Europe/Berlin")]
    [InlineData("please set the deadline")]
    public void Match_UnknownText_IsNull(string text) => Assert.Null(_catalogue.Match(text));

    [Fact]
    public void All_EveryKindHasOneDefinitionAndAdminTitlesFitTheManifest()
    {
        var kinds = Enum.GetValues<CommandKind>().Where(k => k != CommandKind.Unknown);

        Assert.Equal(kinds.Order(), _catalogue.All.Select(c => c.Kind).Order());
        Assert.All(_catalogue.All, c => Assert.True(c.Title.Length <= 32 || c.Words.Count == 0 || c.Kind == CommandKind.SetTarget, c.Title));
    }

    [Fact]
    public void Extract_Mentions_InTextOrderWithoutTheBotAndWithoutTheirMarkup()
    {
        var activity = new Activity
        {
            Recipient = new ChannelAccount { Id = "28:bot", Name = "BotCommit" },
            Entities =
            [
                new Entity { Type = "mention", Text = "<at>Chen Wei</at>", Mentioned = new ChannelAccount { Id = "29:chen", Name = "Chen Wei" } },
                new Entity { Type = "mention", Text = "<at>BotCommit</at>", Mentioned = new ChannelAccount { Id = "28:bot", Name = "BotCommit" } },
                new Entity { Type = "mention", Text = "<at>Dana Kim</at>", Mentioned = new ChannelAccount { Id = "29:dana", Name = "Dana Kim" } },
                new Entity { Type = "clientInfo" },
            ],
        };

        var result = MentionedText.Extract(activity, "set manager <at>Dana Kim</at>  <at>Chen Wei</at>");

        Assert.Equal(["29:dana", "29:chen"], result.People.Select(p => p.Id));
        Assert.Equal("set manager", result.Text);
        Assert.Equal(0, result.Unresolved);
    }

    [Fact]
    public void Extract_MarkupWithoutAnEntity_IsDroppedAndCounted()
    {
        var result = MentionedText.Extract(new Activity(), "add rep <at>Somebody</at>");

        Assert.Empty(result.People);
        Assert.Equal(("add rep", 1), (result.Text, result.Unresolved));
    }

    [Fact]
    public void Extract_SixtyThousandUnclosedMentions_StaysLinearAndKeepsTheText()
    {
        var text = string.Concat(Enumerable.Repeat("<at>", 60_000));

        var result = MentionedText.Extract(new Activity(), text);

        Assert.Equal((0, text.Length), (result.Unresolved, result.Text.Length));
    }

    [Theory]
    [InlineData("short", 40, "short")]
    [InlineData("aaaaaaaaa\U0001F680 and more", 10, "aaaaaaaaa\U0001F680…")]
    [InlineData("e\u0301e\u0301e\u0301", 2, "e\u0301e\u0301…")]
    public void Shorten_CutsAtWholeCharactersAsPeopleSeeThem(string text, int max, string expected) =>
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), Display.Shorten(System.Text.RegularExpressions.Regex.Unescape(text), max));
}
