namespace BotCommit.Bot.Tests.Commands;

/// <summary>A test user: Teams id, display name, Entra object id.</summary>
internal sealed record TestPerson(string TeamsId, string Name, string AadObjectId);
