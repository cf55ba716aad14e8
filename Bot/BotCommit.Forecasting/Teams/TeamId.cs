namespace BotCommit.Forecasting.Teams;

/// <summary>
/// Identifies a sales team (one commit cadence, one managers' channel). Opaque, non-blank, at most
/// <see cref="MaxLength"/> characters. Create with <see cref="From"/>.
/// </summary>
public readonly record struct TeamId
{
    public const int MaxLength = 256;

    private readonly string? _value;

    private TeamId(string value) => _value = value;

    /// <summary>The id as stored; empty only for <c>default(TeamId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Validates and wraps a team id.</summary>
    /// <exception cref="ArgumentException">Blank or longer than <see cref="MaxLength"/>.</exception>
    public static TeamId From(string value) => new(Guard.Text(value, MaxLength, nameof(value)));

    public override string ToString() => Value;
}
