using BotCommit.Forecasting.Admin;

namespace BotCommit.Forecasting.Regions;

/// <summary>An edit of the tree: the result of <see cref="OrgTree.With"/> (or <see cref="OrgTree.Without"/>), the node it is about, and what to audit.</summary>
public sealed record TreeChange(TreeEdit Edit, NodeId Node, IReadOnlyList<SettingChange> Changes);
