using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Commands;

/// <summary>
/// The cadence: time zone, nudge / reminders / deadline / summary / call times, pause and resume, holiday weeks.
/// The order the times must keep and the clock each reminder is read on are the domain's (<see cref="ScheduleOrder"/>).
/// </summary>
internal sealed class ScheduleCommands(SettingsEditor editor, TeamClock clock)
{
    public async Task<CommandReply> SetTimeZoneAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Arguments.Length == 0)
        {
            return context.Usage();
        }

        if (!TimeZoneParser.TryParse(context.Arguments, out var zone))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.TimeZoneUnknown), CardText.Escape(Shorten(context.Arguments))));
        }

        string? before = null;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            before = team.TimeZoneId;
            return team.TimeZoneId == zone
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { TimeZoneId = zone }, new SettingChange(SettingKeys.TimeZone, team.TimeZoneId, zone));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Text(nameof(BotStrings.ChangedTimeZone)), CardText.Escape(before), CardText.Escape(zone),
            context.Texts.Text(nameof(BotStrings.NoteTimeZone)));
    }

    public async Task<CommandReply> SetTimeAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Texts.FormatCulture;
        if (context.Arguments.Length == 0)
        {
            return context.Usage();
        }

        if (!WeeklyTimeParser.TryParse(context.Arguments, culture, out var time))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.WeeklyTimeNotUnderstood), CardText.Escape(Shorten(context.Arguments))));
        }

        var (key, whatResource) = context.Command.Kind switch
        {
            CommandKind.SetNudge => (SettingKeys.Nudge, nameof(BotStrings.ChangedNudge)),
            CommandKind.SetDeadline => (SettingKeys.Deadline, nameof(BotStrings.ChangedDeadline)),
            CommandKind.SetSummary => (SettingKeys.Summary, nameof(BotStrings.ChangedSummary)),
            CommandKind.SetCall => (SettingKeys.Call, nameof(BotStrings.ChangedCall)),
            _ => throw new ArgumentOutOfRangeException(nameof(context), context.Command.Kind, "Not a weekly time command."),
        };

        string? before = null;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            var schedule = team.Schedule;
            var old = Get(schedule, key);
            before = Display.WeeklyTime(old, context.Texts);
            if (old == time)
            {
                return Edit<TeamSettings>.Unchanged(team);
            }

            var updated = Set(schedule, key, time);
            return OrderProblem(updated, context) is { } problem
                ? Edit<TeamSettings>.Refuse(problem)
                : Edit<TeamSettings>.To(team with { Schedule = updated }, new SettingChange(key, SettingKeys.Value(old), SettingKeys.Value(time)));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Text(whatResource), before, Display.WeeklyTime(time, context.Texts));
    }

    /// <summary>
    /// <c>set reminder sunday 20:00, monday 06:30</c> (at most two; also <c>设置提醒 周日20:00、周一6:30</c>), or
    /// <c>set reminder none</c> (<c>设置提醒 无</c>).
    /// </summary>
    public async Task<CommandReply> SetRemindersAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Texts.FormatCulture;
        var text = InputText.Normalize(context.Arguments).Trim();
        if (text.Length == 0)
        {
            return context.Usage();
        }

        var times = new List<LocalWeeklyTime>();
        if (!IsNone(text))
        {
            var separated = text.Replace(" and ", ";", StringComparison.OrdinalIgnoreCase).Replace('和', ';').Replace('及', ';');
            foreach (var part in separated.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!WeeklyTimeParser.TryParse(part, culture, out var time))
                {
                    return context.Usage(context.Texts.Format(nameof(BotStrings.WeeklyTimeNotUnderstood), CardText.Escape(Shorten(part))));
                }

                times.Add(time);
            }

            if (times.Count > ScheduleInstants.MaxReminders)
            {
                return context.Usage(context.Texts.Format(nameof(BotStrings.TooManyReminders), ScheduleInstants.MaxReminders));
            }
        }

        string? before = null;
        string? now = null;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            var schedule = team.Schedule;
            before = Show(schedule.Reminders, context);
            var reminders = ScheduleOrder.Reminders(times, schedule.Deadline);
            now = Show(reminders, context);
            if (reminders.SequenceEqual(schedule.Reminders))
            {
                return Edit<TeamSettings>.Unchanged(team);
            }

            var updated = schedule with { Reminders = reminders };
            return OrderProblem(updated, context) is { } problem
                ? Edit<TeamSettings>.Refuse(problem)
                : Edit<TeamSettings>.To(team with { Schedule = updated }, new SettingChange(SettingKeys.Reminders, Invariant(schedule.Reminders), Invariant(reminders)));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Text(nameof(BotStrings.ChangedReminders)), before, now,
            context.Texts.Text(nameof(BotStrings.NoteReminders)));
    }

    public async Task<CommandReply> SetPausedAsync(AdminCommandContext context, bool paused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
            team.Paused == paused
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { Paused = paused }, new SettingChange(SettingKeys.Paused, SettingKeys.Value(team.Paused), SettingKeys.Value(paused))),
            cancellationToken);
        var on = context.Texts.Text(nameof(BotStrings.ValuePaused));
        var off = context.Texts.Text(nameof(BotStrings.ValueRunning));
        return AdminReplies.Changed(
            context,
            result,
            context.Texts.Text(paused ? nameof(BotStrings.ChangedPaused) : nameof(BotStrings.ChangedResumed)),
            paused ? off : on,
            paused ? on : off,
            context.Texts.Text(paused ? nameof(BotStrings.NotePaused) : nameof(BotStrings.NoteResumed)));
    }

    /// <summary><c>skip week 2026-W52 Christmas</c>: a holiday week for the whole team (no nudge, no summary).</summary>
    public async Task<CommandReply> SkipWeekAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = clock.CurrentWeek(context.Team, []);
        if (!WeekParser.TryParseLeading(context.Arguments, current, out var week, out var reason))
        {
            return context.Usage(context.Arguments.Length == 0 ? null : context.Texts.Format(nameof(BotStrings.WeekNotUnderstood), CardText.Escape(Shorten(context.Arguments))));
        }

        reason = reason.Trim().TrimStart(':', '：', '-').Trim();
        if (reason.Length == 0)
        {
            return context.Usage(context.Texts.Text(nameof(BotStrings.SkipWeekReasonMissing)));
        }

        if (reason.Length > Forecasting.Submissions.Submission.MaxSkipReasonLength)
        {
            return context.Say(nameof(BotStrings.ReasonTooLong), Forecasting.Submissions.Submission.MaxSkipReasonLength);
        }

        if (week < current)
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.WeekInPast), week, current));
        }

        string? before = null;
        var late = false;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            before = team.SkippedWeeks.TryGetValue(week, out var old) ? old : null;
            if (before == reason)
            {
                return Edit<TeamSettings>.Unchanged(team);
            }

            var skipped = new Dictionary<ForecastWeek, string>(team.SkippedWeeks) { [week] = reason };
            var recordedAt = new Dictionary<ForecastWeek, DateTimeOffset>(team.HolidaysRecordedAt) { [week] = clock.Now };
            var edited = team with { SkippedWeeks = skipped, HolidaysRecordedAt = recordedAt };
            late = TeamHoliday.IsRecordedLate(edited, week);
            return Edit<TeamSettings>.To(edited, new SettingChange(SettingKeys.With(SettingKeys.SkipWeek, week.ToString()), before, reason));
        }, cancellationToken);
        var note = context.Texts.Format(late ? nameof(BotStrings.NoteSkipWeekLate) : nameof(BotStrings.NoteSkipWeek), week);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedSkipWeek), week, week.Monday),
            before is null ? null : CardText.Escape(before), CardText.Escape(reason), note);
    }

    public async Task<CommandReply> UnskipWeekAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = clock.CurrentWeek(context.Team, []);
        if (!WeekParser.TryParse(context.Arguments, current, out var week))
        {
            return context.Usage(context.Arguments.Length == 0 ? null : context.Texts.Format(nameof(BotStrings.WeekNotUnderstood), CardText.Escape(Shorten(context.Arguments))));
        }

        string? before = null;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            if (!team.SkippedWeeks.TryGetValue(week, out var old))
            {
                return Edit<TeamSettings>.Refuse(context.Texts.Format(nameof(BotStrings.WeekNotSkipped), week));
            }

            before = old;
            var skipped = team.SkippedWeeks.Where(p => p.Key != week).ToDictionary(p => p.Key, p => p.Value);
            var recordedAt = team.HolidaysRecordedAt.Where(p => p.Key != week).ToDictionary(p => p.Key, p => p.Value);
            return Edit<TeamSettings>.To(team with { SkippedWeeks = skipped, HolidaysRecordedAt = recordedAt }, new SettingChange(SettingKeys.With(SettingKeys.SkipWeek, week.ToString()), old, null));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedUnskipWeek), week),
            before is null ? null : CardText.Escape(before), context.Texts.Text(nameof(BotStrings.ValueRegularWeek)));
    }

    private static LocalWeeklyTime Get(WeeklySchedule schedule, string key) => key switch
    {
        SettingKeys.Nudge => schedule.Nudge,
        SettingKeys.Deadline => schedule.Deadline,
        SettingKeys.Summary => schedule.Summary,
        _ => schedule.Call,
    };

    private static WeeklySchedule Set(WeeklySchedule schedule, string key, LocalWeeklyTime time) => key switch
    {
        SettingKeys.Nudge => schedule with { Nudge = time },
        SettingKeys.Deadline => schedule with { Deadline = time },
        SettingKeys.Summary => schedule with { Summary = time },
        _ => schedule with { Call = time },
    };

    private static string? OrderProblem(WeeklySchedule schedule, AdminCommandContext context)
    {
        if (ScheduleOrder.IsOrdered(schedule))
        {
            return null;
        }

        var culture = context.Texts.FormatCulture;
        return context.Texts.Format(
            nameof(BotStrings.ScheduleOrder),
            Display.WeeklyTime(schedule.Nudge, context.Texts),
            Show(schedule.Reminders, context),
            Display.WeeklyTime(schedule.Deadline, context.Texts),
            Display.WeeklyTime(schedule.Summary, context.Texts),
            Display.WeeklyTime(schedule.Call, context.Texts));
    }

    private static string Show(IReadOnlyList<ScheduledReminder> reminders, AdminCommandContext context) =>
        reminders.Count == 0
            ? context.Texts.Text(nameof(BotStrings.ValueNoReminders))
            : string.Join(", ", reminders.Select(r => context.Texts.Format(
                r.Clock == ScheduleClock.TeamLocal ? nameof(BotStrings.ValueReminderTeamClock) : nameof(BotStrings.ValueReminderRepClock),
                Display.WeeklyTime(r.At, context.Texts))));

    private static string Invariant(IReadOnlyList<ScheduledReminder> reminders) =>
        string.Join(", ", reminders.Select(r => SettingKeys.Value(r.At) + (r.Clock == ScheduleClock.TeamLocal ? " (team)" : " (rep)")));

    private static string Shorten(string text) => Display.Shorten(text);

    private static bool IsNone(string text) =>
        text.Equals("none", StringComparison.OrdinalIgnoreCase) || text.Equals("off", StringComparison.OrdinalIgnoreCase)
        || text.Equals("no reminders", StringComparison.OrdinalIgnoreCase)
        || text is "无" or "無" or "不提醒" or "关闭" or "關閉" or "取消";
}
