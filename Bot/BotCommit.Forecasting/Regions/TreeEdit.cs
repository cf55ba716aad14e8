namespace BotCommit.Forecasting.Regions;

/// <summary>The result of changing a tree: the new tree, or the rules the change would break (the old tree stands).</summary>
public sealed record TreeEdit(OrgTree? Tree, IReadOnlyList<TreeProblem> Problems)
{
    public bool Succeeded => Tree is not null;
}
