namespace BotCommit.Cards.CheckIn;

/// <summary>
/// The verbs of the check-in and receipt cards. Each one is sent as the <c>Action.Execute</c> verb and, so that both
/// delivery paths look the same to <see cref="CheckInSubmissionParser"/>, also inside the action's data.
/// </summary>
public static class CheckInVerbs
{
    public const string Prefix = "checkin.";

    public const string Submit = "checkin.submit";

    public const string Confirm = "checkin.confirm";

    public const string AddDeal = "checkin.addDeal";

    public const string Page = "checkin.page";

    public const string Away = "checkin.away";

    public const string Skip = "checkin.skip";

    public const string Edit = "checkin.edit";

    /// <summary>True for a verb the bot should hand to <see cref="CheckInSubmissionParser"/>.</summary>
    public static bool IsCheckIn(string? verb) => verb is not null && verb.StartsWith(Prefix, StringComparison.Ordinal);

    internal static bool IsKnown(string? verb) =>
        verb is Submit or Confirm or AddDeal or Page or Away or Skip or Edit;
}
