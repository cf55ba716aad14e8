namespace BotCommit.Bot.Tests.Commands;

/// <summary>How <c>export</c> cuts a long CSV into chat messages.</summary>
public sealed class SubmissionsExportTests
{
    [Fact]
    public void ExportSplit_LongCsv_IsCutAfterLineEndsIntoPartsUnderTheLimit()
    {
        var line = new string('x', 999) + "\n";
        var text = string.Concat(Enumerable.Repeat(line, 75));

        var parts = BotCommit.Bot.Admin.SubmissionsExport.Split(text);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Length <= BotCommit.Bot.Admin.SubmissionsExport.MaxPartLength && p.EndsWith('\n')));
        Assert.Equal(text, string.Concat(parts));
    }
}
