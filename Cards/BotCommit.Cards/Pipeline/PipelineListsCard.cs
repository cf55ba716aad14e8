using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Cards.Pipeline;

/// <summary>
/// The reply in the weekly summary's thread: the week's TOP lists (N per list) and its stalled deals, each stalled deal
/// with why ("in 50 % for 9 weeks", "close date moved 3 times"). Within <see cref="MaxCardBytes"/>: N is at most
/// <see cref="Forecasting.Pipeline.TopListSize.Max"/>, stalled deals beyond <see cref="MaxStalled"/> are counted, not listed.
/// </summary>
public static class PipelineListsCard
{
    /// <summary>Stalled deals listed (longest in stage first); the rest are counted.</summary>
    public const int MaxStalled = 25;

    public const int MaxCardBytes = CardSize.TargetActivityBytes - 1_000;

    public static AdaptiveCard Build(TopLists lists, int size, IReadOnlyList<StalledDeal> stalled, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(stalled);
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.Format(nameof(CardStrings.PipelineListsTitle), lists.Week);
        AdaptiveCard Write(int maxStalled) => new(
        [
            new TextBlock(title) { Size = "Medium", Weight = "Bolder" },
            .. PipelineSections.TopLists(locale, lists, size),
            .. PipelineSections.Stalled(locale, stalled, maxStalled),
        ])
        { FallbackText = title };

        // Long names in Chinese can still make a full card too large: list fewer stalled deals until it fits.
        var max = MaxStalled;
        var card = Write(max);
        while (max > 0 && CardSize.Utf16Bytes(card.ToJson()) > MaxCardBytes)
        {
            max /= 2;
            card = Write(max);
        }

        return card;
    }
}
