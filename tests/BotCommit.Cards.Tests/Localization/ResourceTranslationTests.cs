using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BotCommit.Cards.Tests.Localization;

/// <summary>
/// Every user-facing string exists in English, simplified and traditional Chinese: for every neutral .resx anywhere in
/// the repository (found on disk, so a new resource file is covered the day it is added), the zh-CN and zh-TW files
/// must have every key, with a non-empty text, the same placeholders (index, alignment and format: <c>{0:N0}</c> stays
/// <c>{0:N0}</c>), Adaptive Card bold that still renders (pairs of <c>**</c>, no space just inside them), and no key the
/// English file no longer has.
/// </summary>
public sealed partial class ResourceTranslationTests
{
    private static readonly string[] Languages = ["zh-CN", "zh-TW"];
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "artifacts", ".git", ".data"];

    public static TheoryData<string> NeutralResources() => new(NeutralPaths());

    [Fact]
    public void Discovery_FindsTheBotAndCardStrings()
    {
        var found = NeutralPaths();

        Assert.Contains("Bot/BotCommit.Bot/Resources/BotStrings.resx", found);
        Assert.Contains("Cards/BotCommit.Cards/Resources/CardStrings.resx", found);
    }

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void Translations_OfEveryKey_ExistWithTheSamePlaceholders(string neutral)
    {
        var english = Read(Path.Combine(RepositoryRoot(), neutral));
        var problems = new List<string>();
        foreach (var language in Languages)
        {
            var path = Path.Combine(RepositoryRoot(), Path.ChangeExtension(neutral, language + ".resx"));
            if (!File.Exists(path))
            {
                problems.Add($"{language}: no file {Path.GetFileName(path)}");
                continue;
            }

            problems.AddRange(Compare(english, Read(path)).Select(p => $"{language}: {p}"));
        }

        Assert.True(problems.Count == 0, neutral + "\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Compare_CatchesWhatItMust()
    {
        var english = new Dictionary<string, string>
        {
            ["Kept"] = "Amount {0:N0}",
            ["Missing"] = "x",
            ["Empty"] = "y",
            ["Bold"] = "Type **help**",
            ["Format"] = "Due {0:g}",
        };
        var translated = new Dictionary<string, string>
        {
            ["Kept"] = "金额 {0:N0}",
            ["Empty"] = " ",
            ["Bold"] = "输入 ** 帮助**",
            ["Format"] = "截止 {0:d}",
            ["Stale"] = "z",
        };

        var problems = Compare(english, translated);

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Missing:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Empty:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Bold:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Format:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Stale:", StringComparison.Ordinal));
    }

    private static List<string> NeutralPaths() =>
        AllResources()
            .Where(p => CultureOf(p) is null)
            .Select(p => Path.GetRelativePath(RepositoryRoot(), p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static List<string> Compare(Dictionary<string, string> english, Dictionary<string, string> translated)
    {
        var problems = new List<string>();
        foreach (var (key, source) in english)
        {
            if (!translated.TryGetValue(key, out var text))
            {
                problems.Add($"{key}: missing");
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{key}: empty");
                continue;
            }

            var expected = Placeholders(source);
            var actual = Placeholders(text);
            if (!expected.SetEquals(actual))
            {
                problems.Add($"{key}: placeholders {string.Join(" ", actual.Order())} instead of {string.Join(" ", expected.Order())}");
            }

            if (BoldProblem(text) is { } bold)
            {
                problems.Add($"{key}: {bold}");
            }
        }

        problems.AddRange(translated.Keys.Where(k => !english.ContainsKey(k)).Select(k => $"{k}: not in the English file any more"));
        return problems;
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => m.Value)
            .ToHashSet(StringComparer.Ordinal);

    private static string? BoldProblem(string text)
    {
        var markers = text.Split("**").Length - 1;
        if (markers % 2 != 0)
        {
            return "an unpaired ** (the rest of the message would render bold)";
        }

        var parts = text.Split("**");
        for (var i = 1; i < parts.Length; i += 2)
        {
            if (parts[i].Length == 0 || char.IsWhiteSpace(parts[i][0]) || char.IsWhiteSpace(parts[i][^1]))
            {
                return $"bold \"**{parts[i]}**\" has a space just inside its markers, so Teams shows the asterisks";
            }
        }

        return null;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static IEnumerable<string> AllResources()
    {
        var pending = new Stack<string>([RepositoryRoot()]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder, "*.resx"))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(folder).Where(d => !SkippedFolders.Contains(Path.GetFileName(d), StringComparer.Ordinal)))
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The culture of a satellite file (<c>CardStrings.zh-TW.resx</c>), or null for a neutral one.</summary>
    private static string? CultureOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name[(dot + 1)..]);
            return culture.Equals(CultureInfo.InvariantCulture) ? null : culture.Name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
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

    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::[^{}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
