using Microsoft.Extensions.Logging;

namespace BotCommit.Bot.Tests.Hostile;

/// <summary>One log record the host wrote while a hostile case ran.</summary>
internal sealed record CapturedLogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    /// <summary>A failure the host caught and logged (an exception, or an error): the input crashed something.</summary>
    public bool IsCrash => Level >= LogLevel.Error || (Level >= LogLevel.Warning && Exception is not null);

    public override string ToString() =>
        $"{Level} {Category}[{EventId.Id}] {Message}"
        + (Exception is null ? string.Empty : $" — {Exception.GetType().Name}: {Exception.Message} {Where(Exception)}");

    // The innermost frames name the line that threw, so a failing case points straight at the bug.
    private static string Where(Exception exception) =>
        string.Join(" ", (exception.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(3));
}
