using BotCommit.Bot.Turns;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Bot.Commands;

/// <summary>A broken <see cref="TreeRule"/> in the reader's words (bot strings <c>TreeRule{Rule}</c>; {0} the node, {1} the other node).</summary>
internal static class TreeProblemText
{
    public static string For(UserTexts texts, OrgTree tree, TreeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(problem);
        var rule = Enum.IsDefined(problem.Rule) && problem.Rule != TreeRule.Unknown ? problem.Rule : TreeRule.Unknown;
        return texts.Format("TreeRule" + rule, Name(tree, problem.Node), problem.Other is { } other ? Name(tree, other) : string.Empty);
    }

    private static string Name(OrgTree tree, NodeId id) => CardText.Escape(tree.Find(id)?.Name ?? id.Value);
}
