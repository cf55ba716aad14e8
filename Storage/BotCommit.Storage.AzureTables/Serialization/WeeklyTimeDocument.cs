namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>JSON shape of a local weekly time: <c>{"day":"Sunday","time":"16:00:00.0000000"}</c>.</summary>
internal sealed record WeeklyTimeDocument(string Day, string Time);
