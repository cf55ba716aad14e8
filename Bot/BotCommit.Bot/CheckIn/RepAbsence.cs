using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.UseCases;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// "I'm away until …" and "skip this week: …", from the card or by message: the week is stored as Skipped (with the
/// rep's current deals carried, so the numbers still count them) and, for away, the roster remembers the date so the
/// schedule leaves the rep alone and the summary lists them as away.
/// </summary>
internal sealed class RepAbsence(IRosterStore roster, RecordSubmission recordSubmission)
{
    public const int MaxDaysAway = 366;

    public async Task<RecordSubmissionResult> AwayAsync(RepContext rep, IReadOnlyList<DealForecast> deals, DateOnly until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rep);
        for (var attempt = 0; ; attempt++)
        {
            var current = attempt == 0 ? rep.Rep : await roster.GetAsync(rep.Team.Id, rep.Rep.Value.Id, cancellationToken)
                ?? throw new InvalidOperationException("The rep left the roster meanwhile.");
            try
            {
                await roster.SaveAsync(current.Value with { AwayUntil = until }, current.Version, cancellationToken);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < 2)
            {
                // Someone (an admin) changed the rep meanwhile: re-read and set the date again.
            }
        }

        var reason = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"away until {until:yyyy-MM-dd}");
        return await SkipAsync(rep, deals, reason, cancellationToken);
    }

    public Task<RecordSubmissionResult> SkipAsync(RepContext rep, IReadOnlyList<DealForecast> deals, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rep);
        var submission = new Submission(rep.Team.Id, rep.Week, rep.Rep.Value.Id, deals)
        {
            Status = SubmissionStatus.Skipped,
            SkipReason = reason,
            RepName = rep.Rep.Value.DisplayName,
        };
        return recordSubmission.RecordAsync(rep.Team, submission, cancellationToken);
    }
}
