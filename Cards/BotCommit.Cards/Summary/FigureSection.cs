using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Summary;

/// <summary>
/// Renders figure lines: first one attention-coloured "⚠" line per figure outside its band (so the problems are read
/// first), then every figure in a FactSet whose value carries its band ("97.3 % · healthy: 95–110 %") and, when
/// flagged, the ⚠ mark in bold.
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

        elements.Add(new FactSet([.. lines.Select(line => new Fact(line.Label, Value(line, locale)))]));
        return elements;
    }

    private static string Value(FigureLine line, CardLocale locale) => line switch
    {
        { Flagged: true } => locale.Format(nameof(CardStrings.SummaryFactFlagged), line.Value, line.Band),
        { Band: { } band } => locale.Format(nameof(CardStrings.SummaryFactWithBand), line.Value, band),
        _ => line.Value,
    };
}
