using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// One node of the organisation tree as sales ops set it up. A null setting is inherited from the parent (see
/// <see cref="OrgTree.Settings"/>): <see cref="TimeZoneId"/> (IANA), <see cref="FiscalYearStartMonth"/> and
/// <see cref="Currency"/>. <see cref="CallDeadline"/> is never inherited (a parent must call after its children); unset,
/// it defaults by the node's height (<see cref="CallSchedule.DefaultDeadline"/>). Targets are keyed like
/// <see cref="TeamSettings.MonthTargets"/> and belong to regions only: a team's targets live in its team settings (one
/// place), and a region without its own target for a period uses the sum of its children's. <see cref="ChannelId"/> is
/// an opaque reference to the channel the node's summary goes to. Structural rules (one parent, no cycles, a team is a
/// leaf, depth) are checked by <see cref="OrgTree"/> as <see cref="TreeRule"/> codes.
/// </summary>
public sealed record OrgNode(NodeId Id, NodeKind Kind, string Name)
{
    public const int MaxNameLength = 256;

    public const int MaxChannelIdLength = 256;

    public NodeId Id { get; init => field = CheckId(value, nameof(Id)); } = CheckId(Id, nameof(Id));

    public NodeKind Kind { get; init => field = CheckKind(value, nameof(Kind)); } = CheckKind(Kind, nameof(Kind));

    public string Name { get; init => field = Guard.Text(value, MaxNameLength, nameof(Name)); } = Guard.Text(Name, MaxNameLength, nameof(Name));

    /// <summary>The region this node belongs to; null for a root (a team without a parent works alone).</summary>
    public NodeId? Parent { get; init; }

    /// <summary>Entra object ids of the people who make this node's call (any of them; the last submitter is named).</summary>
    public IReadOnlyList<RepId> Managers { get; init => field = Guard.NotNull(value, nameof(Managers)); } = [];

    public string? ChannelId { get; init => field = Guard.OptionalText(value, MaxChannelIdLength, nameof(ChannelId)); }

    public string? TimeZoneId { get; init => field = value is null ? null : Guard.Text(value, 128, nameof(TimeZoneId)); }

    public int? FiscalYearStartMonth
    {
        get;
        init => field = value is null or (>= 1 and <= 12)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FiscalYearStartMonth), value, "Must be 1..12.");
    }

    public string? Currency
    {
        get;
        init => field = value is null || (value.Length == 3 && value.All(char.IsAsciiLetterUpper))
            ? value
            : throw new ArgumentException("Must be an ISO 4217 code of three upper-case letters.", nameof(Currency));
    }

    public IReadOnlyDictionary<string, decimal> MonthTargets { get; init => field = Guard.NotNull(value, nameof(MonthTargets)); } =
        new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, decimal> QuarterTargets { get; init => field = Guard.NotNull(value, nameof(QuarterTargets)); } =
        new Dictionary<string, decimal>();

    /// <summary>The node's own call deadline (on its zone); null = the default for its height.</summary>
    public LocalWeeklyTime? CallDeadline { get; init; }

    /// <summary>The team of a team node; null for a region.</summary>
    public TeamId? Team => Kind == NodeKind.Team ? TeamId.From(Id.Value) : null;

    public bool IsTeam => Kind == NodeKind.Team;

    /// <summary>A team node for <paramref name="team"/>.</summary>
    public static OrgNode ForTeam(TeamId team, string name) => new(NodeId.Of(team), NodeKind.Team, name);

    private static NodeId CheckId(NodeId id, string paramName) =>
        id.Value.Length > 0 ? id : throw new ArgumentException("The node id is missing.", paramName);

    private static NodeKind CheckKind(NodeKind kind, string paramName) =>
        kind is NodeKind.Team or NodeKind.Region ? kind : throw new ArgumentException($"'{kind}' is not a node kind.", paramName);
}
