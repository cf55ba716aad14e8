using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// The revision a check-in card is drawn from: 0 when the week has no stored submission, else a number derived from the
/// stored submission's recording instant (milliseconds, folded into 1..int.MaxValue). A card whose revision differs from
/// the stored state's was drawn before another device saved: its submission is not applied (the rep gets the current
/// card). Two saves within the same millisecond share a revision, which the store's version check still serializes.
/// </summary>
public static class CardRevision
{
    public static int Of(Submission? stored) =>
        stored?.SubmittedAt is { } at
            ? (int)(at.UtcTicks / TimeSpan.TicksPerMillisecond % (int.MaxValue - 1)) + 1
            : 0;
}
