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
        : this(submissions, [], errors, firstLineOfRep)
    {
    }

    internal CsvReadResult(
        IReadOnlyList<Submission> submissions, IReadOnlyList<Submission> revisions, IReadOnlyList<CsvError> errors, IReadOnlyDictionary<RepId, int> firstLineOfRep)
    {
        Submissions = errors.Count == 0 ? submissions : [];
        Revisions = errors.Count == 0 ? revisions : [];
        Errors = errors;
        FirstLineOfRep = firstLineOfRep;
    }

    /// <summary>The snapshots of record (and carried snapshots): what the summary counts.</summary>
    public IReadOnlyList<Submission> Submissions { get; }

    /// <summary>The revisions (<c>status</c> <c>revision</c>): changes recorded after a week's record, with their instant.</summary>
    public IReadOnlyList<Submission> Revisions { get; }

    public IReadOnlyList<CsvError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The line of each rep's first row, so later checks (e.g. against the roster) can point at the file.</summary>
    internal IReadOnlyDictionary<RepId, int> FirstLineOfRep { get; }
}
