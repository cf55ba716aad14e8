using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>Someone a command names by @mention: their Entra object id and display name.</summary>
internal sealed record Person(RepId Id, string Name);
