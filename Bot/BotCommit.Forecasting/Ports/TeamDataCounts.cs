namespace BotCommit.Forecasting.Ports;

/// <summary>How many stored rows a team has (or had deleted), per kind of data.</summary>
public sealed record TeamDataCounts(
    int Settings,
    int Roster,
    int Deals,
    int Submissions,
    int Revisions,
    int Deliveries,
    int Audit,
    int Conversations)
{
    public static TeamDataCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public int Total => Settings + Roster + Deals + Submissions + Revisions + Deliveries + Audit + Conversations;

    /// <summary>Invariant one-line form, for the erasure record and logs.</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"settings {Settings}, roster {Roster}, deals {Deals}, submissions {Submissions}, revisions {Revisions}, deliveries {Deliveries}, audit {Audit}, conversations {Conversations}");
}
