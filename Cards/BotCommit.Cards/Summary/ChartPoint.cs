namespace BotCommit.Cards.Summary;

/// <summary>One bar: the group's label (plain text, not markdown) and its height in team currency.</summary>
internal sealed record ChartPoint(string Label, decimal Value);
