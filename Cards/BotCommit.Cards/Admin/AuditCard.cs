using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Admin;

/// <summary>The admin's "audit": the team's latest settings changes, newest first — what, from → to, when and who.</summary>
public static class AuditCard
{
    public static AdaptiveCard Build(string teamName, IReadOnlyList<AuditRow> rows, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(teamName);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.Format(nameof(CardStrings.AdminAuditTitle), CardText.Escape(teamName));
        var body = new List<CardElement> { new TextBlock(title) { Size = "Large", Weight = "Bolder" } };
        if (rows.Count == 0)
        {
            body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminAuditEmpty))));
            return new AdaptiveCard(body) { FallbackText = title };
        }

        var none = locale.Text(nameof(CardStrings.AdminNobody));
        foreach (var row in rows)
        {
            body.Add(new TextBlock(locale.Format(
                nameof(CardStrings.AdminAuditChange),
                CardText.Escape(row.Setting),
                string.IsNullOrEmpty(row.Before) ? none : CardText.Escape(row.Before),
                string.IsNullOrEmpty(row.After) ? none : CardText.Escape(row.After)))
            {
                Separator = true,
            });
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminAuditWho), row.At, CardText.Escape(row.Actor))) { IsSubtle = true, Spacing = "None" });
        }

        return new AdaptiveCard(body) { FallbackText = title };
    }
}
