using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BotCommit.Exchange.Workbook;

/// <summary>
/// Writes <see cref="WorkbookSheet"/>s as an .xlsx through the Open XML SDK: a bold, frozen header row, widths from the
/// content (8 to 60 characters), numbers as numbers with a grouped two-decimal format, percentages as fractions with a
/// percent format, dates and instants as date serials with an ISO-like format, flags as booleans. Text is stored as
/// inline strings, which a spreadsheet never evaluates, so no formula guard is needed here.
/// </summary>
internal static class OpenXmlWorkbookWriter
{
    private const uint DefaultStyle = 0;
    private const uint HeaderStyle = 1;
    private const uint AmountStyle = 2;
    private const uint DateStyle = 3;
    private const uint InstantStyle = 4;
    private const uint PercentStyle = 5;
    private const uint CountStyle = 6;

    public static void Write(Stream output, IReadOnlyList<WorkbookSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
        }

        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(WorkbookSheet sheet)
    {
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        {
            WorkbookViewId = 0,
        });
        var columns = new Columns();
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            var widest = sheet.Rows.Select(r => i < r.Count ? r[i].Width : 0).Append(sheet.Header[i].Length).Max();
            var width = Math.Clamp(widest + 2, 8, 60);
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        var data = new SheetData();
        data.Append(new Row(sheet.Header.Select((name, i) => TextCell(Reference(i, 1), name, HeaderStyle))) { RowIndex = 1 });
        var rowIndex = 2u;
        foreach (var row in sheet.Rows)
        {
            data.Append(new Row(row.Select((cell, i) => Cell(Reference(i, rowIndex), cell)).OfType<Cell>()) { RowIndex = rowIndex });
            rowIndex++;
        }

        return new Worksheet(frozen, columns, data);
    }

    private static Cell? Cell(string reference, WorkbookCell cell) => cell switch
    {
        WorkbookCell.Text text => TextCell(reference, text.Value, DefaultStyle),
        WorkbookCell.Number number => NumberCell(reference, number.Value, number.Whole ? CountStyle : AmountStyle),
        WorkbookCell.Percent percent => NumberCell(reference, percent.Value, PercentStyle),
        WorkbookCell.Date date => NumberCell(reference, (decimal)date.Value.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
        WorkbookCell.Instant instant => new Cell
        {
            CellReference = reference,
            StyleIndex = InstantStyle,
            CellValue = new CellValue(instant.Value.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture)),
        },
        WorkbookCell.Flag flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag.Value ? "1" : "0") },
        _ => null,
    };

    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell NumberCell(string reference, decimal value, uint style) => new()
    {
        CellReference = reference,
        StyleIndex = style,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>"A1"-style reference of a zero-based column and one-based row.</summary>
    public static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm:ss" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },   // #,##0.00
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },  // 0.00%
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true })   // #,##0
        { Count = 7 });
}
