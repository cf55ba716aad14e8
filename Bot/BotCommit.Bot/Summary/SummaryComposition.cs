using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Summary;

/// <summary>A computed week: the parent card's model and each rep's accuracy history (for the thread replies).</summary>
internal sealed record SummaryComposition(SummaryCardModel Model, IReadOnlyDictionary<RepId, AccuracyHistory> Accuracy)
{
    /// <summary>The reps in card order with the model of their reply.</summary>
    public IEnumerable<RepDetailModel> Details() =>
        SummaryCard.OrderedReps(Model.Summary).Select(rep => Model.DetailFor(rep, Accuracy.GetValueOrDefault(rep.Rep)));
}
