using System.Globalization;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Commands;

/// <summary><c>set top 15</c> (<c>设置TOP 15</c>, <c>設定TOP專案數 15個</c>): N of the TOP lists in the summary thread.</summary>
internal sealed partial class TeamCommands
{
    private static readonly string[] TopListNoise = ["n", "=", "to", "deals", "deal", "个", "個", "项目", "項目", "专案", "專案", "为", "為"];
    private static readonly string[] DefaultWords = ["default", "reset", "默认", "默認", "預設", "缺省"];

    public async Task<CommandReply> SetTopListSizeAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Arguments.Length == 0)
        {
            return context.Usage();
        }

        int? size;
        var words = Words.Without(Words.Of(context.Arguments), TopListNoise);
        var word = words.Count == 1 ? words[0].TrimEnd('个', '個') : string.Empty;
        if (DefaultWords.Contains(word, StringComparer.OrdinalIgnoreCase))
        {
            size = null;
        }
        else if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && TopListSize.IsValid(parsed))
        {
            size = parsed;
        }
        else
        {
            return context.Usage(context.Texts.Format(
                nameof(BotStrings.TopListSizeNotUnderstood), CardText.Escape(Display.Shorten(context.Arguments)), TopListSize.Min, TopListSize.Max));
        }

        int before = TopListCalculator.DefaultSize;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            before = TopListSize.OrDefault(team.TopListSize);
            return team.TopListSize == size
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { TopListSize = size }, new SettingChange(SettingKeys.TopListSize, InvariantCount(team.TopListSize), InvariantCount(size)));
        }, cancellationToken);
        return AdminReplies.Changed(
            context,
            result,
            context.Texts.Text(nameof(BotStrings.ChangedTopListSize)),
            before.ToString(CultureInfo.InvariantCulture),
            TopListSize.OrDefault(size).ToString(CultureInfo.InvariantCulture),
            context.Texts.Text(nameof(BotStrings.NoteTopListSize)));
    }

    private static string? InvariantCount(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
