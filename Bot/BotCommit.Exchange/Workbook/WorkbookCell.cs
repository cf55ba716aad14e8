namespace BotCommit.Exchange.Workbook;

/// <summary>One typed cell of an export sheet: text, a number in a format, a date, an instant, a percentage or a flag.</summary>
internal abstract record WorkbookCell
{
    private WorkbookCell()
    {
    }

    /// <summary>How wide the cell reads, in characters (for the column width).</summary>
    public abstract int Width { get; }

    public sealed record Text(string Value) : WorkbookCell
    {
        public override int Width => Value.Length;
    }

    /// <summary>An amount (two decimals, grouped) or, with <see cref="Whole"/>, a count.</summary>
    public sealed record Number(decimal Value, bool Whole = false) : WorkbookCell
    {
        public override int Width => Value.ToString("N2", System.Globalization.CultureInfo.InvariantCulture).Length;
    }

    /// <summary>A fraction shown as percent (0.9733 reads 97.33 %); the cell holds the unrounded fraction.</summary>
    public sealed record Percent(decimal Value) : WorkbookCell
    {
        public override int Width => 9;
    }

    public sealed record Date(DateOnly Value) : WorkbookCell
    {
        public override int Width => 10;
    }

    /// <summary>A UTC instant (the column header says UTC).</summary>
    public sealed record Instant(DateTimeOffset Value) : WorkbookCell
    {
        public override int Width => 19;
    }

    public sealed record Flag(bool Value) : WorkbookCell
    {
        public override int Width => 5;
    }

    public sealed record Empty : WorkbookCell
    {
        public override int Width => 0;
    }
}
