using System.Text.Json;

namespace BotCommit.Exchange;

/// <summary>The exchange JSON formats write a missing figure or text as an explicit <c>null</c>, never by leaving the property out.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteStringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
