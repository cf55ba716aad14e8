using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Admin;

/// <summary>
/// This week at a glance for an admin: submitted on time, late, missing, away, and who BotCommit cannot message with
/// the reason and what to do about it (pre-install the app with a Teams setup policy).
/// </summary>
public static class StatusCard
{
    /// <summary>At most this many unreachable people are listed one per line; the rest are counted.</summary>
    public const int MaxUnreachableLines = 30;

    public static AdaptiveCard Build(StatusCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.Format(nameof(CardStrings.AdminStatusTitle), model.Week, CardText.Escape(model.TeamName));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(locale.Format(nameof(CardStrings.AdminStatusDeadline), model.Deadline)) { IsSubtle = true, Spacing = "Small" },
            new TextBlock(locale.Format(nameof(CardStrings.AdminStatusTopLists), model.TopListSize)) { IsSubtle = true, Spacing = "None" },
            new TextBlock(new Monthly.MonthlyText(locale).Text(model.MonthlyForecastOn ? nameof(MonthlyCardStrings.MonthlyStatusOn) : nameof(MonthlyCardStrings.MonthlyStatusOff))) { IsSubtle = true, Spacing = "None" },
        };
        if (model.Regions.Count > 0)
        {
            var path = string.Join(" › ", model.Regions.Select(CardText.Escape));
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminStatusRegion), path)) { IsSubtle = true, Spacing = "None", Wrap = true });
        }

        if (model.Paused)
        {
            body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminStatusPaused))) { Color = "Warning" });
        }

        if (model.SkippedReason is { } reason)
        {
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminStatusSkipped), CardText.Escape(reason))) { Color = "Warning" });
        }

        if (model.RosterCount == 0)
        {
            body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminStatusNoReps))));
            return new AdaptiveCard(body) { FallbackText = title };
        }

        body.Add(new FactSet(
        [
            Line(locale, nameof(CardStrings.AdminStatusSubmitted), model.Submitted.Select(r => r.Name)),
            Line(locale, nameof(CardStrings.AdminStatusLate), model.Late.Select(r => r.Name)),
            Line(locale, nameof(CardStrings.AdminStatusMissing), model.Missing.Select(r => r.Name)),
            Line(locale, nameof(CardStrings.AdminStatusAway), model.Away.Select(r => AwayText(locale, r))),
        ]) { Separator = true });

        if (model.Unreachable.Count > 0)
        {
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminStatusUnreachable), model.Unreachable.Count)) { Weight = "Bolder", Color = "Attention", Separator = true });
            var facts = model.Unreachable.Take(MaxUnreachableLines)
                .Select(r => new Fact(CardText.Escape(r.Name), ReachabilityText(locale, r.Reachability)))
                .ToList();
            body.Add(new FactSet(facts));
            if (model.Unreachable.Count > MaxUnreachableLines)
            {
                body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminStatusUnreachableMore), model.Unreachable.Count - MaxUnreachableLines)) { IsSubtle = true });
            }

            body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminStatusUnreachableAdvice))) { Spacing = "Small" });
        }

        if (model.DeliveryUnknown.Count > 0)
        {
            var names = string.Join(", ", model.DeliveryUnknown.Select(r => CardText.Escape(r.Name)));
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminStatusDeliveryUnknown), model.DeliveryUnknown.Count, names))
            {
                Color = "Warning",
                Separator = true,
            });
        }

        return new AdaptiveCard(body) { FallbackText = title };
    }

    /// <summary>Why someone cannot be reached, in the reader's words.</summary>
    public static string ReachabilityText(CardLocale locale, Reachability reachability)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return reachability switch
        {
            Reachability.NoConversation => locale.Text(nameof(CardStrings.AdminReachNoConversation)),
            Reachability.Uninstalled => locale.Text(nameof(CardStrings.AdminReachUninstalled)),
            Reachability.Blocked => locale.Text(nameof(CardStrings.AdminReachBlocked)),
            Reachability.NotFound => locale.Text(nameof(CardStrings.AdminReachNotFound)),
            Reachability.NotInstalled => locale.Text(nameof(CardStrings.AdminReachNotInstalled)),
            _ => throw new ArgumentOutOfRangeException(nameof(reachability), reachability, "Not a reason for being unreachable."),
        };
    }

    private static Fact Line(CardLocale locale, string label, IEnumerable<string> names)
    {
        var list = names.ToList();
        return new Fact(locale.Format(label, list.Count), AdminText.Names(locale, list));
    }

    // The name is escaped by AdminText.Names; the reason is escaped here and the markdown-free joiner keeps it literal.
    private static string AwayText(CardLocale locale, StatusRep rep) =>
        rep.AwayUntil is { } until
            ? locale.Format(nameof(CardStrings.AdminStatusAwayUntil), rep.Name, until.ToDateTime(TimeOnly.MinValue))
            : rep.Reason is { Length: > 0 } reason
                ? locale.Format(nameof(CardStrings.AdminStatusAwayReason), rep.Name, reason)
                : rep.Name;
}
