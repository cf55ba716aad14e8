namespace BotCommit.Exchange.Monthly;

/// <summary>A CSV problem and the file it is in.</summary>
public sealed record FileCsvError(string File, CsvError Error)
{
    public override string ToString() => File + ": " + Error;
}
