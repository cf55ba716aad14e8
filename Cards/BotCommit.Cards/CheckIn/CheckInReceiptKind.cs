namespace BotCommit.Cards.CheckIn;

/// <summary>What the receipt confirms.</summary>
public enum CheckInReceiptKind
{
    Unknown = 0,

    /// <summary>A submission with (possibly) changed deals.</summary>
    Submitted = 1,

    /// <summary>"No changes — confirm as is".</summary>
    Confirmed = 2,

    /// <summary>The rep is away until a date.</summary>
    Away = 3,

    /// <summary>The rep skips this week with a reason.</summary>
    Skipped = 4,
}
