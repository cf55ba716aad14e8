using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>Reads and writes the JSON-string columns (targets, admins, skipped weeks, schedule).</summary>
internal static class JsonColumn
{
    public static string FromTargets(IReadOnlyDictionary<string, decimal> targets) =>
        Write(new Dictionary<string, decimal>(targets, StringComparer.Ordinal), StorageJsonContext.Default.DictionaryStringDecimal);

    public static Dictionary<string, decimal> ToTargets(string? json, string column) =>
        json is null ? new Dictionary<string, decimal>(StringComparer.Ordinal)
            : new Dictionary<string, decimal>(Read(json, column, StorageJsonContext.Default.DictionaryStringDecimal), StringComparer.Ordinal);

    public static string FromTexts(IReadOnlyDictionary<string, string> texts) =>
        Write(new Dictionary<string, string>(texts, StringComparer.Ordinal), StorageJsonContext.Default.DictionaryStringString);

    public static Dictionary<string, string> ToTexts(string? json, string column) =>
        json is null ? new Dictionary<string, string>(StringComparer.Ordinal) : Read(json, column, StorageJsonContext.Default.DictionaryStringString);

    public static string FromList(IEnumerable<string> values) => Write(values.ToList(), StorageJsonContext.Default.ListString);

    public static List<string> ToList(string? json, string column) =>
        json is null ? [] : Read(json, column, StorageJsonContext.Default.ListString);

    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    public static T Read<T>(string json, string column, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo) ?? throw InvariantText.Corrupt(column, json);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Stored column '{column}' holds unreadable JSON.", exception);
        }
    }
}
