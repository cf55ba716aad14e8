using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Admin;

/// <summary>The answer to an admin command: "✔ Deadline changed", the team, before → now, and what follows from it.</summary>
public static class ConfirmationCard
{
    public static AdaptiveCard Build(ConfirmationCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.Format(nameof(CardStrings.AdminConfirmTitle), model.What);
        var facts = new List<Fact>();
        if (!string.IsNullOrWhiteSpace(model.TeamName))
        {
            facts.Add(new Fact(locale.Text(nameof(CardStrings.AdminConfirmTeam)), CardText.Escape(model.TeamName)));
        }

        if (model.Now is not null)
        {
            facts.Add(new Fact(locale.Text(nameof(CardStrings.AdminConfirmBefore)), model.Before ?? locale.Text(nameof(CardStrings.AdminNobody))));
            facts.Add(new Fact(locale.Text(nameof(CardStrings.AdminConfirmNow)), model.Now));
        }

        facts.AddRange(model.Facts);
        if (!string.IsNullOrWhiteSpace(model.Language))
        {
            facts.Add(new Fact(locale.Text(nameof(CardStrings.AdminConfirmLanguage)), model.Language)); // our own words: "简体中文 (zh-CN)"
        }

        if (!string.IsNullOrWhiteSpace(model.TimeZone))
        {
            facts.Add(new Fact(locale.Text(nameof(CardStrings.AdminConfirmTimeZone)), CardText.Escape(model.TimeZone)));
        }
        var body = new List<CardElement> { new TextBlock(title) { Size = "Medium", Weight = "Bolder", Color = "Good" } };
        if (facts.Count > 0)
        {
            body.Add(new FactSet(facts));
        }

        body.AddRange(model.Notes.Select(note => new TextBlock(note) { IsSubtle = true, Spacing = "Small" }));
        return new AdaptiveCard(body) { FallbackText = title };
    }
}
