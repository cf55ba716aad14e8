using BotCommit.Forecasting.Ports;

namespace BotCommit.Forecasting.Teams;

/// <summary>
/// Keeps a rep's zone and locale as their Teams client sends them (<see cref="Rep.SeenWith"/>), so the nudge and the
/// rep-local reminders come at the rep's own time and in their language. Compared with the roster entry the turn has
/// already read: nothing is read or written unless something changed (a rep's every turn would otherwise cost two
/// table operations). A lost race is read again once; a second one leaves it for the rep's next turn.
/// </summary>
public sealed class RememberRepClient(IRosterStore roster)
{
    private const int Attempts = 2;

    /// <returns>The rep as it now stands (the one given when nothing changed or the entry is gone).</returns>
    public async Task<Rep> RememberAsync(Rep known, RepClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(client);
        if (known.SeenWith(client) is not { } changed)
        {
            return known;
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var stored = await roster.GetAsync(known.Team, known.Id, cancellationToken);
            if (stored is null)
            {
                return known;
            }

            if (stored.Value.SeenWith(client) is not { } next)
            {
                return stored.Value;
            }

            try
            {
                await roster.SaveAsync(next, stored.Version, cancellationToken);
                return next;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
            }
            catch (ConcurrencyConflictException)
            {
                break;
            }
        }

        return changed;
    }
}
