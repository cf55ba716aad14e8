using BotCommit.Bot.Conversations;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Admin;

/// <summary>
/// BotCommit added to a team: the team's settings are created if absent (name from <c>GET v3/teams/{id}</c>, else
/// <c>channelData.team.name</c>; the activity's tenant; default schedule; the schedule starts with the next full week; the installer becomes an
/// admin when <see cref="AdminPolicy.InstallerBecomesAdmin"/> says so), and the setup card is posted once in the
/// channel, as a delivery (<see cref="DeliveryScope.TeamSetup"/>). Teams sends an <c>installationUpdate</c> and a
/// <c>conversationUpdate</c> for one install: whichever comes first posts, the other finds it taken (same rule as the
/// personal welcome).
/// </summary>
internal sealed class TeamOnboarding(
    ITeamSettingsStore teams,
    IRosterStore roster,
    DeliveryRunner deliveries,
    SettingsEditor editor,
    AdminPolicy policy,
    TeamClock clock,
    ILogger<TeamOnboarding> logger)
{
    public async Task OnInstalledAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var team = await EnsureTeamAsync(turnContext, createIfMissing: true, cancellationToken);
        if (team is null)
        {
            return;
        }

        var run = await deliveries.RunAsync(DeliveryScope.TeamSetup(team.Value.Id), ClaimPolicy.AgainAfter(WelcomeSender.SameInstallation), async (attempt, token) =>
        {
            // A channel post: the team's language (at install, the installer's).
            var locale = CardLocale.ForTeam(team.Value);
            var card = SetupCard.Build(await SetupModelAsync(team.Value, token), locale);
            await turnContext.SendActivityAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), new MarkedAttempts(attempt), token);
            return NotifyOutcome.Sent;
        }, null, cancellationToken);
        WelcomeSender.Rethrow(run);
        if (run.Outcome == ActionOutcome.Sent)
        {
            AdminLog.SetupCardPosted(logger, team.Value.Id.Value);
        }
    }

    /// <summary>
    /// The settings of the activity's team, created with defaults when absent and <paramref name="createIfMissing"/>;
    /// null outside a team or when absent and not created.
    /// </summary>
    public async Task<Versioned<TeamSettings>?> EnsureTeamAsync(ITurnContext turnContext, bool createIfMissing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.GetTeamsTeamId() is not { Length: > 0 and <= TeamId.MaxLength } teamId)
        {
            return null;
        }

        var id = TeamId.From(teamId);
        if (await teams.GetAsync(id, cancellationToken) is { } existing)
        {
            return existing;
        }

        if (!createIfMissing)
        {
            return null;
        }

        var name = await TeamNameAsync(turnContext, teamId, cancellationToken);
        var tenantId = activity.GetTenantId() is { Length: > 0 and <= TeamSettings.MaxTenantIdLength } tenant ? tenant : null;
        var settings = new TeamSettings(id)
        {
            Name = name.Length > TeamSettings.MaxNameLength ? name[..TeamSettings.MaxNameLength] : name,
            TenantId = tenantId,
            Culture = InstallCulture(activity),
        };
        var installer = activity.From?.AadObjectId;
        if (policy.InstallerBecomesAdmin(tenantId, installer) && installer!.Length <= RepId.MaxLength)
        {
            settings = settings with { Admins = [RepId.From(installer)] };
        }

        settings = settings with { ScheduleStartsOn = clock.CurrentWeek(settings, []).Next.Monday };
        try
        {
            await teams.SaveAsync(settings, null, cancellationToken);
            AdminLog.TeamCreated(logger, teamId);
            if (installer is { Length: > 0 and <= RepId.MaxLength })
            {
                await editor.AuditAsync(id, RepId.From(installer), [new SettingChange(SettingKeys.TeamCreated, null, settings.Name)], cancellationToken);
            }
        }
        catch (ConcurrencyConflictException)
        {
            // The other install event of the pair created it first.
        }

        return await teams.GetAsync(id, cancellationToken);
    }

    /// <summary>The team's language at install: the installer's Teams locale when it names one we know, else en-US.</summary>
    private static string InstallCulture(Activity activity) =>
        activity.GetClientLocale() is { } locale && LanguageParser.TryParse(locale, out var culture) ? culture : "en-US";

    /// <summary>The setup card's model for the team as it is now.</summary>
    public async Task<SetupCardModel> SetupModelAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var today = clock.Today(team);
        var month = YearMonth.Of(today);
        var quarter = FiscalQuarter.Containing(today, team.FiscalYearStartMonth);
        var reps = await roster.ListAsync(team.Id, cancellationToken);
        return new SetupCardModel(team.Id.Value, team.Name, team.TimeZoneId, team.Currency, month, quarter)
        {
            ChannelName = team.SummaryChannel?.Display,
            RepCount = reps.Count(r => r.Active && !r.IsManager),
            Language = CardLocale.LanguageName(team.Culture),
            MonthTarget = team.MonthTargets.TryGetValue(month.ToString(), out var monthTarget) ? monthTarget : null,
            QuarterTarget = team.QuarterTargets.TryGetValue(quarter.Key, out var quarterTarget) ? quarterTarget : null,
        };
    }

    private static async Task<string> TeamNameAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        var fallback = turnContext.Activity.ChannelData?.Team?.Name?.Trim() ?? string.Empty;
        if (!Uri.TryCreate(turnContext.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return fallback;
        }

        try
        {
            var details = await turnContext.Connector.GetTeamDetailsAsync(serviceUrl, teamId, cancellationToken);
            return string.IsNullOrWhiteSpace(details.Name) ? fallback : details.Name.Trim();
        }
        catch (Exception exception) when (exception is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
        {
            return fallback; // The name is cosmetic: never fail an install over it.
        }
    }
}
