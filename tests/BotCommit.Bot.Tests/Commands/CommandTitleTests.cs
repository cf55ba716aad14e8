using System.Globalization;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Resources;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>What help shows in each language is something that works when typed: every title calls its own command.</summary>
public sealed class CommandTitleTests
{
    private readonly CommandCatalogue _catalogue = new();

    public static TheoryData<string> Languages => new() { "en-US", "zh-CN", "zh-TW" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTitle_WhenTyped_CallsItsCommand(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var wrong = new List<string>();
        foreach (var command in _catalogue.All)
        {
            var title = BotStrings.ResourceManager.GetString(CommandDefinition.TitleResource(command.Kind), culture)!;
            var typed = title.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
            var expected = command.Kind switch
            {
                CommandKind.AwayRep => CommandKind.Away,
                CommandKind.BackRep => CommandKind.Back,
                CommandKind.SkipWeek => CommandKind.Skip,
                _ => command.Kind,
            };
            if (_catalogue.Match(typed)?.Command.Kind != expected)
            {
                wrong.Add($"{command.Kind}: “{title}”");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void ChineseTitles_AreChinese(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        Assert.All(_catalogue.All, c => Assert.Contains(
            BotStrings.ResourceManager.GetString(CommandDefinition.TitleResource(c.Kind), culture)!,
            ch => ch >= '\u4E00' && ch <= '\u9FFF'));
    }
}
