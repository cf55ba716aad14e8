using BotCommit.Forecasting.Admin;

namespace BotCommit.Forecasting.Regions;

/// <summary>What an edit of the tree did: saved, unchanged, refused (with the rules it would break) or lost twice to concurrent edits.</summary>
public sealed record TreeEditResult(EditStatus Status, OrgTree Tree, IReadOnlyList<TreeProblem> Problems);
