namespace BotCommit.Forecasting.Periods;

/// <summary>
/// A fiscal quarter: three calendar months starting at <see cref="FirstMonth"/>. Quarters are aligned to the
/// team's fiscal-year start month (1..12). <see cref="Key"/> (<c>yyyy-MM</c> of the first month) keys quarter targets.
/// </summary>
public readonly record struct FiscalQuarter
{
    private FiscalQuarter(YearMonth firstMonth) => FirstMonth = firstMonth;

    public YearMonth FirstMonth { get; }

    /// <summary>The quarter's last calendar month.</summary>
    public YearMonth LastMonth => FirstMonth.AddMonths(2);

    /// <summary>The first day of the quarter.</summary>
    public DateOnly Start => FirstMonth.First;

    /// <summary>The last day of the quarter (inclusive).</summary>
    public DateOnly End => LastMonth.Last;

    public string Key => FirstMonth.ToString();

    /// <summary>The fiscal quarter that contains <paramref name="date"/> for a fiscal year starting in <paramref name="fiscalYearStartMonth"/>.</summary>
    public static FiscalQuarter Containing(DateOnly date, int fiscalYearStartMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYearStartMonth, 12);
        var monthsIntoFiscalYear = (date.Month - fiscalYearStartMonth + 12) % 12;
        return new FiscalQuarter(YearMonth.Of(date).AddMonths(-(monthsIntoFiscalYear % 3)));
    }

    /// <summary>The quarter starting at <paramref name="firstMonth"/> (the caller vouches for its alignment).</summary>
    public static FiscalQuarter StartingAt(YearMonth firstMonth) => new(firstMonth);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public FiscalQuarter Previous => new(FirstMonth.AddMonths(-3));

    public FiscalQuarter Next => new(FirstMonth.AddMonths(3));

    public override string ToString() => Key;
}
