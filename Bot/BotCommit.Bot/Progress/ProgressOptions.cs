namespace BotCommit.Bot.Progress;

/// <summary><c>BotCommit:Progress</c>: how often a progress card may be replaced while its job runs.</summary>
internal sealed class ProgressOptions
{
    public const string SectionName = "BotCommit:Progress";

    /// <summary>At most one update per interval (plus the final one), whatever the number of reps.</summary>
    public TimeSpan UpdateInterval { get; set; } = TimeSpan.FromSeconds(3);
}
