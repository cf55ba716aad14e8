namespace BotCommit.Forecasting.Teams;

/// <summary>
/// Identifies a person (rep or manager) by their Entra (AAD) object id, taken from the authenticated
/// activity, never from card data. Non-blank, at most <see cref="MaxLength"/> characters.
/// </summary>
public readonly record struct RepId
{
    public const int MaxLength = 128;

    private readonly string? _value;

    private RepId(string value) => _value = value;

    /// <summary>The id as stored; empty only for <c>default(RepId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Validates and wraps a person id.</summary>
    /// <exception cref="ArgumentException">Blank or longer than <see cref="MaxLength"/>.</exception>
    public static RepId From(string value) => new(Guard.Text(value, MaxLength, nameof(value)));

    public override string ToString() => Value;
}
