using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BotCommit.Exchange;

/// <summary>
/// How every exchange JSON is written: indented by two spaces, LF line ends, and non-ASCII letters (accents, Hebrew,
/// Arabic, CJK) written as they are; only characters outside the Basic Multilingual Plane (emoji) become <c>\u</c> escapes.
/// </summary>
internal static class JsonExchange
{
    // The files are read by people and spreadsheet tools, never embedded in HTML, so the relaxed encoder is safe.
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>JSONPath of a property: <c>$.name</c>, or <c>$['2026-12']</c> for keys that are not plain names.</summary>
    public static string Property(string parent, string name) =>
        name.Length > 0 && name.All(char.IsAsciiLetterOrDigit) && char.IsAsciiLetter(name[0])
            ? parent + "." + name
            : parent + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
}
