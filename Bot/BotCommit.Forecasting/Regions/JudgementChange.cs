namespace BotCommit.Forecasting.Regions;

/// <summary>One figure a child's manager called away from the roll-up: <see cref="Delta"/> = call − roll-up, with the notes that explain it.</summary>
public sealed record JudgementChange(NodeId Node, string NodeName, CallFigure Figure, decimal RollUp, decimal Call, IReadOnlyList<string> Notes)
{
    public decimal Delta => Call - RollUp;
}
