using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Summary;

/// <summary>
/// Renders figure lines: first one attention-coloured "⚠" line per figure outside its band (so the problems are read
/// first), then every other figure in a FactSet whose value carries its band ("97.3 % · healthy: 95–110 %"). A flagged
/// figure appears once, in its ⚠ line (the list does not repeat it).
/// </summary>
internal static class FigureSection
{
    public static IReadOnlyList<CardElement> Build(IReadOnlyList<FigureLine> lines, CardLocale locale)
    {
        var elements = new List<CardElement>();
        foreach (var line in lines.Where(l => l.Flagged))
        {
            elements.Add(new TextBlock(locale.Format(nameof(CardStrings.SummaryFlagLine), line.Label, line.Value, line.Band))
            {
                Color = "Attention",
                Weight = "Bolder",
                Spacing = "Small",
            });
        }

        var others = lines.Where(l => !l.Flagged).ToList();
        if (others.Count > 0)
        {
            elements.Add(new FactSet([.. others.Select(line => new Fact(line.Label, Value(line, locale)))]));
        }

        return elements;
    }

    private static string Value(FigureLine line, CardLocale locale) => line switch
    {
        { Band: { } band } => locale.Format(nameof(CardStrings.SummaryFactWithBand), line.Value, band),
        _ => line.Value,
    };
}
