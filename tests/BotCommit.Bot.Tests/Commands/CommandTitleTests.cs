using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Resources;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// What help and the Teams command menu (manifest command lists, in every language file) show is something that works
/// when typed: every title calls its own command, and a translated menu entry calls the same command as the English one.
/// </summary>
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

    [Theory]
    [InlineData("zh-cn.json")]
    [InlineData("zh-tw.json")]
    public void ManifestCommandMenus_EveryLanguage_CallTheSameCommandsAsEnglish(string languageFile)
    {
        var folder = Path.Combine(RepositoryRoot(), "manifest");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var strings = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, languageFile)))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var wrong = new List<string>();
        var checkedTitles = 0;
        for (var l = 0; l < lists.Count; l++)
        {
            var commands = lists[l]!["commands"]!.AsArray();
            for (var c = 0; c < commands.Count; c++)
            {
                var english = (string)commands[c]!["title"]!;
                var translated = (string?)strings[$"bots[0].commandLists[{l}].commands[{c}].title"] ?? string.Empty;
                var kind = _catalogue.Match(english)?.Command.Kind;
                if (kind is null || _catalogue.Match(translated)?.Command.Kind != kind)
                {
                    wrong.Add($"list {l} command {c}: “{english}” / “{translated}”");
                }

                checkedTitles++;
            }
        }

        Assert.True(checkedTitles >= 10, "the manifest has no command lists");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotCommit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BotCommit.sln not found above " + AppContext.BaseDirectory);
    }
}
