namespace BotCommit.Bot.Hosting;

/// <summary>Where BotCommit keeps its data: <c>ConnectionStrings:Tables</c> and <c>Storage:TablePrefix</c>.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Prefix for every table name, so several environments (or test runs) can share one account.</summary>
    public string TablePrefix { get; set; } = string.Empty;
}
