using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Identifies a node of the organisation tree: a team (its id is the <see cref="TeamId"/>'s value, so a team keeps its id
/// when it joins a region) or a region. Team and region ids share one space. Opaque, non-blank, at most
/// <see cref="MaxLength"/> characters.
/// </summary>
public readonly record struct NodeId : IComparable<NodeId>
{
    public const int MaxLength = TeamId.MaxLength;

    private readonly string? _value;

    private NodeId(string value) => _value = value;

    /// <summary>The id as stored; empty only for <c>default(NodeId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <exception cref="ArgumentException">Blank or longer than <see cref="MaxLength"/>.</exception>
    public static NodeId From(string value) => new(Guard.Text(value, MaxLength, nameof(value)));

    /// <summary>The node of a team.</summary>
    public static NodeId Of(TeamId team) => From(team.Value);

    public int CompareTo(NodeId other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(NodeId left, NodeId right) => left.CompareTo(right) < 0;

    public static bool operator <=(NodeId left, NodeId right) => left.CompareTo(right) <= 0;

    public static bool operator >(NodeId left, NodeId right) => left.CompareTo(right) > 0;

    public static bool operator >=(NodeId left, NodeId right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
