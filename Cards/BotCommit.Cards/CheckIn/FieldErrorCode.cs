namespace BotCommit.Cards.CheckIn;

/// <summary>
/// What is wrong with one submitted value. Each code has the message <c>CheckInError{Code}</c> in the card strings.
/// </summary>
public enum FieldErrorCode
{
    Unknown = 0,
    AmountRequired = 1,
    AmountFormat = 2,
    AmountDecimals = 3,
    AmountNegative = 4,
    AmountTooLarge = 5,
    DateRequired = 6,
    DateFormat = 7,
    DateOutOfRange = 8,
    CloseDateInPast = 9,
    CategoryUnknown = 10,
    StageUnknown = 11,
    ToggleInvalid = 12,
    AccountRequired = 13,
    NameRequired = 14,
    TextTooLong = 15,
    DuplicateDeal = 16,
    ReasonRequired = 17,
    UnrealizedNotWon = 18,
    AwayDateInPast = 19,
    SkipReasonRequired = 20,
    TooManyDeals = 21,
    UnsavedChanges = 22,
    AmountAmbiguous = 23,
}
