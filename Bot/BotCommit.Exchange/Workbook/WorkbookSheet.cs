namespace BotCommit.Exchange.Workbook;

/// <summary>One sheet of an export workbook: its name, the header row and the typed rows under it.</summary>
internal sealed record WorkbookSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<WorkbookCell>> Rows);
