using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// Reads any ISO-8601 timestamp (Teams sends up to 7 fractional digits) and writes UTC values with a <c>Z</c>
/// suffix, as the channel does, instead of System.Text.Json's <c>+00:00</c>.
/// </summary>
internal sealed class Iso8601DateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            return value;
        }

        throw new JsonException("The timestamp is not an ISO-8601 date and time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text);
    }
}
