namespace BotCommit.Cards.CheckIn;

/// <summary>Why a card action was refused as stale. The rep gets a short message and keeps the card as it is.</summary>
public enum StaleReason
{
    Unknown = 0,

    /// <summary><c>cardVersion</c> missing or not the one this build writes.</summary>
    UnknownCardVersion = 1,

    /// <summary><c>week</c> missing or not the current review week.</summary>
    WrongWeek = 2,

    /// <summary><c>cardRev</c> differs from the rep's current revision: a newer card or submission exists.</summary>
    Superseded = 3,

    /// <summary>The data names a deal the rep does not own (tampered, or the deal was reassigned since).</summary>
    UnknownDeal = 4,

    /// <summary>The verb is missing or not a check-in verb.</summary>
    UnknownVerb = 5,

    /// <summary>The data cannot be read at all (duplicate keys, key names with broken UTF-16): no card sends that.</summary>
    Unreadable = 6,
}
