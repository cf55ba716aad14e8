using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Bot.Commands;

/// <summary>
/// <c>delete team data [in &lt;team&gt;]</c> (<c>删除团队数据</c> / <c>刪除團隊資料</c>): a bootstrap admin deletes a closed team's
/// data. Without <c>confirm</c> (<c>确认</c> / <c>確認</c>) it is a dry run that counts what would go; with it, the data
/// is deleted (<see cref="TeamDataErasure"/>). An open team, or anyone but the team's bootstrap admins, is refused.
/// The answers go to the asker privately.
/// </summary>
internal sealed class TeamDataCommands(TeamDataErasure erasure, AdminPolicy policy, ILogger<TeamDataCommands> logger)
{
    /// <summary>The words that turn the dry run into the deletion, at the end of the command (or before <c>in &lt;team&gt;</c>).</summary>
    public static readonly IReadOnlyList<string> ConfirmWords = ["confirm", "确认", "確認"];

    /// <summary>
    /// Splits a trailing (or leading) confirm word off the arguments, so <c>… in Sales EMEA confirm</c> still names the team.
    /// </summary>
    public static (string Arguments, bool Confirmed) WithoutConfirm(string arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var text = arguments.Trim();
        foreach (var word in ConfirmWords)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return (string.Empty, true);
            }

            if (text.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase) || (IsIdeographic(word) && text.EndsWith(word, StringComparison.Ordinal)))
            {
                return (text[..^word.Length].Trim(), true);
            }

            if (text.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) || (IsIdeographic(word) && text.StartsWith(word, StringComparison.Ordinal)))
            {
                return (text[word.Length..].Trim(), true);
            }
        }

        return (text, false);
    }

    public async Task<CommandReply> DeleteTeamDataAsync(AdminCommandContext context, bool confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var team = context.Team;
        var name = CardText.Escape(team.Name.Length > 0 ? team.Name : team.Id.Value);
        if (!policy.IsBootstrapAdminOf(team, context.Actor.Value))
        {
            return context.Privately(context.Say(nameof(BotStrings.DeleteTeamDataBootstrapOnly)));
        }

        if (!confirmed)
        {
            var preview = await erasure.PreviewAsync(team.Id, cancellationToken);
            return context.Privately(preview.Status switch
            {
                TeamErasureStatus.Counted => Counted(context, name, preview.Counts),
                TeamErasureStatus.Open => context.Say(nameof(BotStrings.DeleteTeamDataOpen), name),
                _ => context.Say(nameof(BotStrings.DeleteTeamDataMissing)),
            });
        }

        var result = await erasure.EraseAsync(team.Id, context.Actor, cancellationToken);
        if (result.Status == TeamErasureStatus.Erased)
        {
            AdminLog.TeamDataDeleted(logger, team.Id.Value, context.Actor.Value, result.Counts.Total);
        }

        return context.Privately(result.Status switch
        {
            TeamErasureStatus.Erased => context.Say(nameof(BotStrings.DeleteTeamDataDone), name, result.Counts.Total),
            TeamErasureStatus.Open => context.Say(nameof(BotStrings.DeleteTeamDataOpen), name),
            _ => context.Say(nameof(BotStrings.DeleteTeamDataMissing)),
        });
    }

    private static CommandReply Counted(AdminCommandContext context, string name, TeamDataCounts counts) =>
        context.Say(
            nameof(BotStrings.DeleteTeamDataPreview),
            name,
            counts.Total,
            counts.Roster,
            counts.Deals,
            counts.Submissions,
            counts.Revisions,
            counts.Deliveries,
            counts.Audit,
            counts.Settings + counts.Conversations,
            context.Texts.Text(nameof(BotStrings.CommandTitleDeleteTeamData)) + " in " + name + " " + context.Texts.Text(nameof(BotStrings.DeleteTeamDataConfirmWord)));

    private static bool IsIdeographic(string word) => word.Length > 0 && BotCommit.Forecasting.Input.InputText.IsIdeograph(word[0]);
}
