using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>One manager of a node and the judgement value of the calls they made (on any node in the history given).</summary>
public sealed record ManagerJudgement(RepId Manager, JudgementValue Judgement);
