namespace BotCommit.Exchange.Crm;

/// <summary>Why a custom column mapping cannot be read (<see cref="CrmMapping.TryParse"/>).</summary>
public enum CrmMappingProblemKind
{
    Unknown = 0,

    /// <summary>A part is not <c>key=column</c> (<see cref="CrmMappingProblem.Subject"/>: the part as typed).</summary>
    NotKeyValue = 1,

    /// <summary>A key is not one of the mapping's keys (subject: the key as typed).</summary>
    UnknownKey = 2,

    /// <summary>Required keys are missing (subject: their English names, comma-separated).</summary>
    MissingKeys = 3,
}

/// <summary>
/// What is wrong with a custom mapping and the part it concerns, so the host can say it in the reader's language;
/// <see cref="Message"/> is the English wording (logs, the CLI).
/// </summary>
public sealed record CrmMappingProblem(CrmMappingProblemKind Kind, string Subject)
{
    /// <summary>The keys a mapping accepts, in English (each also has Chinese forms).</summary>
    public const string Keys = "id, owner, account, name, amount, close, probability, stage, dates";

    public string Message => Kind switch
    {
        CrmMappingProblemKind.NotKeyValue => $"\"{Subject}\" is not key=column",
        CrmMappingProblemKind.UnknownKey => $"\"{Subject}\" is not one of {Keys}",
        CrmMappingProblemKind.MissingKeys => "missing " + Subject,
        _ => Subject,
    };
}
