using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// The outcome of reading a submissions CSV: the snapshots in order of first appearance, or the errors (never both:
/// with any error <see cref="Submissions"/> is empty, so nobody computes on half a file).
/// </summary>
public sealed record CsvReadResult
{
    internal CsvReadResult(IReadOnlyList<Submission> submissions, IReadOnlyList<CsvError> errors, IReadOnlyDictionary<RepId, int> firstLineOfRep)
    {
        Submissions = errors.Count == 0 ? submissions : [];
        Errors = errors;
        FirstLineOfRep = firstLineOfRep;
    }

    public IReadOnlyList<Submission> Submissions { get; }

    public IReadOnlyList<CsvError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The line of each rep's first row, so later checks (e.g. against the roster) can point at the file.</summary>
    internal IReadOnlyDictionary<RepId, int> FirstLineOfRep { get; }
}
