namespace BotCommit.Bot.Tests.Hosting;

/// <summary>One Azurite (<see cref="AzuriteFixture"/>) for every host test in the run (each host uses its own table prefix).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
