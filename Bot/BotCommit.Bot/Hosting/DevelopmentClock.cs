using System.Globalization;

namespace BotCommit.Bot.Hosting;

/// <summary>
/// The bot's clock for walking a whole week in the Playground in minutes ("Trying a whole week" in the README): read at
/// start from <c>BotCommit:DevelopmentClock:Start</c> (the instant the bot's clock shows when the host starts, ISO 8601)
/// and <c>BotCommit:DevelopmentClock:Speed</c> (how many seconds of bot time pass per real second, default 1). Every
/// clock read of the bot (schedule, deadline, receipts, summary) goes through it, so the nudge, the deadline and the
/// summary come when the shifted clock says. It exists only in Development with anonymous mode
/// (<c>BotCommit:AllowAnonymous=true</c>); anywhere else the keys stop the host at start, so a production bot can never
/// run on a moved clock. Timers keep real durations (the scheduler's tick still runs every real minute).
/// </summary>
internal sealed class DevelopmentClock : TimeProvider
{
    public const string Section = "BotCommit:DevelopmentClock";

    private readonly TimeProvider _real;
    private readonly DateTimeOffset _realStart;
    private readonly DateTimeOffset _start;

    private DevelopmentClock(TimeProvider real, DateTimeOffset start, double speed)
    {
        _real = real;
        _realStart = real.GetUtcNow();
        _start = start;
        Speed = speed;
    }

    public double Speed { get; }

    public override DateTimeOffset GetUtcNow() =>
        _start + TimeSpan.FromTicks((long)((_real.GetUtcNow() - _realStart).Ticks * Speed));

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    /// <summary>
    /// The clock the configuration asks for, or null when it asks for none.
    /// </summary>
    /// <exception cref="InvalidOperationException">The keys are set outside Development or without anonymous mode, or are not readable.</exception>
    public static DevelopmentClock? TryCreate(IConfiguration configuration, IHostEnvironment environment, TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(real);
        var section = configuration.GetSection(Section);
        var startText = section["Start"];
        var speedText = section["Speed"];
        if (startText is null && speedText is null)
        {
            return null;
        }

        if (!environment.IsDevelopment() || !configuration.GetValue<bool>("BotCommit:AllowAnonymous"))
        {
            throw new InvalidOperationException(
                $"{Section} moves the bot's clock and is honoured only in the Development environment with BotCommit:AllowAnonymous=true; remove it.");
        }

        var start = real.GetUtcNow();
        if (startText is not null && !DateTimeOffset.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start))
        {
            throw new InvalidOperationException($"{Section}:Start '{startText}' is not an instant like 2026-11-29T15:55:00Z.");
        }

        var speed = 1.0;
        if (speedText is not null
            && (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out speed) || speed is < 1 or > 100_000 || double.IsNaN(speed)))
        {
            throw new InvalidOperationException($"{Section}:Speed '{speedText}' must be a number from 1 to 100000 (bot seconds per real second).");
        }

        return new DevelopmentClock(real, start.ToUniversalTime(), speed);
    }
}
