using BotCommit.Bot.Resources;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Commands;

/// <summary>
/// <c>monthly on</c> / <c>monthly off</c> (<c>开启月度预测</c> / <c>關閉月度預測</c>): the team's monthly forecast (issue #18), on
/// by default; audited as <see cref="SettingKeys.MonthlyForecast"/>, shown in <c>status</c>.
/// </summary>
internal sealed partial class TeamCommands
{
    public async Task<CommandReply> SetMonthlyForecastAsync(AdminCommandContext context, bool on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
            team.MonthlyForecastOff == !on
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(
                    team with { MonthlyForecastOff = !on },
                    new SettingChange(SettingKeys.MonthlyForecast, SettingKeys.Value(!team.MonthlyForecastOff), SettingKeys.Value(on))),
            cancellationToken);
        var onText = context.Texts.Text(nameof(BotStrings.ValueMonthlyForecastOn));
        var offText = context.Texts.Text(nameof(BotStrings.ValueMonthlyForecastOff));
        return AdminReplies.Changed(
            context,
            result,
            context.Texts.Text(nameof(BotStrings.ChangedMonthlyForecast)),
            on ? offText : onText,
            on ? onText : offText,
            context.Texts.Text(on ? nameof(BotStrings.NoteMonthlyForecastOn) : nameof(BotStrings.NoteMonthlyForecastOff)));
    }
}
