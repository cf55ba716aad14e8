namespace BotCommit.Storage.Tests.Azurite;

/// <summary>Every test class that needs Azurite joins this collection and shares one server.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
