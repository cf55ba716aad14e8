namespace BotCommit.Forecasting.Regions;

/// <summary>One broken <see cref="TreeRule"/>: the node it is about and, where there is one, the other node involved (e.g. the parent).</summary>
public sealed record TreeProblem(TreeRule Rule, NodeId Node, NodeId? Other = null);
