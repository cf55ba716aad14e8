namespace BotCommit.Forecasting.Deals;

/// <summary>
/// A sales stage, named by its win probability in percent: only 0, 25, 50, 60, 70, 80, 90 or 100
/// (see domain.md for the evidence each requires).
/// </summary>
public readonly record struct Stage : IComparable<Stage>
{
    private static readonly int[] s_percents = [0, 25, 50, 60, 70, 80, 90, 100];

    private Stage(int percent) => Percent = percent;

    public int Percent { get; }

    /// <summary>Every valid stage, ascending.</summary>
    public static IReadOnlyList<Stage> All { get; } = Array.AsReadOnly(s_percents.Select(p => new Stage(p)).ToArray());

    /// <summary>The closing stage (commercial negotiation complete) from which a commit counts as solid.</summary>
    public static Stage Closing => new(90);

    /// <exception cref="ArgumentOutOfRangeException">Not one of the defined percentages.</exception>
    public static Stage From(int percent) =>
        TryFrom(percent, out var stage)
            ? stage
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, "A stage is 0, 25, 50, 60, 70, 80, 90 or 100.");

    public static bool TryFrom(int percent, out Stage stage)
    {
        if (Array.IndexOf(s_percents, percent) < 0)
        {
            stage = default;
            return false;
        }

        stage = new Stage(percent);
        return true;
    }

    public int CompareTo(Stage other) => Percent.CompareTo(other.Percent);

    public static bool operator <(Stage left, Stage right) => left.Percent < right.Percent;

    public static bool operator <=(Stage left, Stage right) => left.Percent <= right.Percent;

    public static bool operator >(Stage left, Stage right) => left.Percent > right.Percent;

    public static bool operator >=(Stage left, Stage right) => left.Percent >= right.Percent;

    public override string ToString() => $"{Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)} %";
}
