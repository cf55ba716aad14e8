using BotCommit.Testing.Azurite;

namespace BotCommit.Storage.Tests.Azurite;

public sealed class AzuriteServerTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("botcommit-azurite-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Touch(params string[] parts)
    {
        var path = Path.Combine([_root.FullName, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
        return path;
    }

    [Fact]
    public void FindAzurite_WalksUpToTheRepoRoot()
    {
        Touch("repo", "BotCommit.sln");
        var expected = Touch("repo", "node_modules", ".bin", "azurite-table");
        var deep = Directory.CreateDirectory(Path.Combine(_root.FullName, "repo", "tests", "X.Tests", "bin", "Debug", "net10.0"));

        var found = AzuriteServer.FindAzurite(deep.FullName);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void FindAzurite_DoesNotLookAboveTheRepoRoot()
    {
        Touch("node_modules", ".bin", "azurite-table");
        Touch("repo", "BotCommit.sln");
        var deep = Directory.CreateDirectory(Path.Combine(_root.FullName, "repo", "tests", "bin"));

        var found = AzuriteServer.FindAzurite(deep.FullName);

        Assert.Null(found);
    }
}
