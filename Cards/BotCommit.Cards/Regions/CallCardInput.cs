using BotCommit.Forecasting.Regions;

namespace BotCommit.Cards.Regions;

/// <summary>
/// What a submitted call card says: the typed figures, their notes and the deal moves (not yet checked against the
/// rules: that is <see cref="ManagerCallRules"/>' job), or what could not be read (then nothing is recorded).
/// </summary>
public sealed record CallCardInput(
    IReadOnlyDictionary<CallFigure, decimal> Figures,
    IReadOnlyDictionary<CallFigure, string> Notes,
    IReadOnlyList<DealMoveRequest> Moves,
    IReadOnlyList<CallCardError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>A value of the call card that could not be read; <see cref="Deal"/> is the deal as the card named it (plain text).</summary>
public sealed record CallCardError(CallCardErrorKind Kind, CallFigure? Figure = null, string? Deal = null);

/// <summary>Why a value of the call card could not be read.</summary>
public enum CallCardErrorKind
{
    Unknown = 0,

    /// <summary>A figure is not a number.</summary>
    FigureNotANumber = 1,

    /// <summary>A category choice is not Commit, Upside or Pipeline.</summary>
    NotACategory = 2,

    /// <summary>A deal id was typed without a category to count it in.</summary>
    NoCategory = 3,

    /// <summary>No deal under the node has the typed id.</summary>
    UnknownDeal = 4,

    /// <summary>Several reps under the node have a deal with the typed id.</summary>
    AmbiguousDeal = 5,
}
