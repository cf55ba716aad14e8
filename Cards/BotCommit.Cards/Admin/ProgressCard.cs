using System.Globalization;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Admin;

/// <summary>
/// The one card a long admin job keeps up to date in place: sent / queued / throttled / failed while it runs, and a final
/// line with the time taken. The bot replaces it (PUT) now and then, never once per rep.
/// </summary>
public static class ProgressCard
{
    public static AdaptiveCard Build(ProgressCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var culture = locale.FormatCulture;
        var done = model.Elapsed is not null;
        var body = new List<CardElement> { new TextBlock(model.Title) { Size = "Medium", Weight = "Bolder", Color = done ? "Good" : "Default" } };
        if (model.Counts is { } counts)
        {
            body.Add(new FactSet(counts) { Id = "progress-counts" });
        }
        else if (model.Total is null)
        {
            body.Add(new TextBlock(model.Starting ?? locale.Text(nameof(CardStrings.AdminProgressStarting))) { IsSubtle = true, Spacing = "Small" });
        }
        else
        {
            var facts = new List<Fact>
            {
                new(locale.Text(nameof(CardStrings.AdminProgressSent)), model.Sent.ToString("N0", culture)),
                new(locale.Text(nameof(CardStrings.AdminProgressQueued)), model.Queued.ToString("N0", culture)),
                new(locale.Text(nameof(CardStrings.AdminProgressThrottled)), model.Throttled.ToString("N0", culture)),
                new(locale.Text(nameof(CardStrings.AdminProgressFailed)), model.Failed.ToString("N0", culture)),
            };
            if (model.AlreadyHandled > 0)
            {
                facts.Add(new Fact(locale.Text(nameof(CardStrings.AdminProgressAlready)), model.AlreadyHandled.ToString("N0", culture)));
            }

            if (model.NotYetOpen > 0)
            {
                facts.Add(new Fact(locale.Text(nameof(CardStrings.AdminProgressNotOpen)), model.NotYetOpen.ToString("N0", culture)));
            }

            body.Add(new FactSet(facts) { Id = "progress-counts" });
        }

        body.AddRange(model.Notes.Select(note => new TextBlock(note) { IsSubtle = true, Spacing = "Small" }));
        var status = model.Elapsed is { } elapsed
            ? locale.Format(nameof(CardStrings.AdminProgressDone), Duration(elapsed, locale))
            : locale.Text(nameof(CardStrings.AdminProgressRunning));
        body.Add(new TextBlock(status) { Id = "progress-status", Weight = done ? "Bolder" : "Default", IsSubtle = !done, Separator = true });
        var fallback = model.Counts is { } shown
            ? model.Title + ": " + string.Join("; ", shown.Select(f => f.Title + " " + f.Value))
            : model.Total is null
            ? model.Title
            : locale.Format(nameof(CardStrings.AdminProgressFallback), model.Title, model.Sent, model.Queued, model.Throttled, model.Failed);
        return new AdaptiveCard(body) { FallbackText = fallback };
    }

    /// <summary>"12 s" or "3 min 5 s" in the reader's language (whole seconds; under a second reads as "0 s").</summary>
    public static string Duration(TimeSpan elapsed, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var seconds = (long)Math.Max(0, Math.Round(elapsed.TotalSeconds));
        return seconds < 60
            ? locale.Format(nameof(CardStrings.AdminProgressSeconds), seconds.ToString(CultureInfo.InvariantCulture))
            : locale.Format(nameof(CardStrings.AdminProgressMinutes), (seconds / 60).ToString("N0", locale.FormatCulture), (seconds % 60).ToString(CultureInfo.InvariantCulture));
    }
}
