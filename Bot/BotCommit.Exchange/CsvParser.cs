using System.Text;

namespace BotCommit.Exchange;

/// <summary>
/// Splits RFC 4180 text into records: fields separated by commas, records by CRLF, LF or CR; a field in double
/// quotes may hold commas, line breaks and doubled quotes. Strict where spreadsheets are sloppy: a quote inside an
/// unquoted field, text after a closing quote and an unclosed quote are errors (the record is skipped; an unclosed
/// quote ends the file). Empty lines are skipped. A leading UTF-8 byte order mark is ignored.
/// </summary>
internal sealed class CsvParser
{
    private readonly string _text;
    private readonly IReadOnlyList<string> _columnNames;
    private readonly List<CsvError> _errors = [];
    private int _position;
    private int _line = 1;
    private bool _unclosed;
    private bool _quotedLast;

    private CsvParser(string text, IReadOnlyList<string> columnNames)
    {
        _text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        _columnNames = columnNames;
    }

    /// <param name="text">The whole file.</param>
    /// <param name="columnNames">Names for error messages, by 1-based column (from the expected header).</param>
    public static (IReadOnlyList<CsvRecord> Records, IReadOnlyList<CsvError> Errors) Parse(string text, IReadOnlyList<string> columnNames)
    {
        var parser = new CsvParser(text, columnNames);
        var records = parser.ReadAll();
        return (records, parser._errors);
    }

    private List<CsvRecord> ReadAll()
    {
        var records = new List<CsvRecord>();
        while (_position < _text.Length && !_unclosed)
        {
            var startLine = _line;
            var fields = new List<CsvField>();
            var ok = true;
            while (true)
            {
                var field = ReadField(fields.Count + 1);
                if (field is null)
                {
                    ok = false;
                    break;
                }

                fields.Add(field);
                if (_position < _text.Length && _text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                break;
            }

            if (!ok)
            {
                SkipToLineEnd();
            }

            ConsumeLineEnd();
            var blankLine = fields.Count == 1 && fields[0].Text.Length == 0 && !_quotedLast;
            if (ok && !blankLine)
            {
                records.Add(new CsvRecord(startLine, fields));
            }
        }

        return records;
    }

    private CsvField? ReadField(int column)
    {
        var line = _line;
        _quotedLast = _position < _text.Length && _text[_position] == '"';
        if (_quotedLast)
        {
            return ReadQuoted(column, line);
        }

        var start = _position;
        while (_position < _text.Length && _text[_position] is not (',' or '\r' or '\n'))
        {
            if (_text[_position] == '"')
            {
                AddError(line, column, "a quote inside an unquoted field; quote the whole field and double the quotes inside it");
                return null;
            }

            _position++;
        }

        return new CsvField(_text[start.._position], line);
    }

    private CsvField? ReadQuoted(int column, int line)
    {
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                AddError(line, column, "a quoted field is not closed: the quote opened here has no closing quote");
                _unclosed = true;
                return null;
            }

            var c = _text[_position];
            if (c == '"')
            {
                if (_position + 1 < _text.Length && _text[_position + 1] == '"')
                {
                    value.Append('"');
                    _position += 2;
                    continue;
                }

                _position++;
                break;
            }

            if (c == '\n' || (c == '\r' && (_position + 1 >= _text.Length || _text[_position + 1] != '\n')))
            {
                _line++;
            }

            value.Append(c);
            _position++;
        }

        if (_position < _text.Length && _text[_position] is not (',' or '\r' or '\n'))
        {
            AddError(line, column, "text after a closing quote; double a quote that belongs inside a quoted field");
            return null;
        }

        return new CsvField(value.ToString(), line);
    }

    private void SkipToLineEnd()
    {
        while (_position < _text.Length && _text[_position] is not ('\r' or '\n'))
        {
            _position++;
        }
    }

    private void ConsumeLineEnd()
    {
        if (_position < _text.Length && _text[_position] == '\r')
        {
            _position++;
            if (_position < _text.Length && _text[_position] == '\n')
            {
                _position++;
            }

            _line++;
        }
        else if (_position < _text.Length && _text[_position] == '\n')
        {
            _position++;
            _line++;
        }
    }

    private void AddError(int line, int column, string message) =>
        _errors.Add(new CsvError(line, column, column <= _columnNames.Count ? _columnNames[column - 1] : "extra", message));
}
