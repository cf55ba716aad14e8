using System.Text.Json.Serialization;

namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the JSON columns. JSON is culture-invariant, and decimals
/// are written and read back exactly (scale included), so targets need no minor-unit conversion.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, decimal>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(ScheduleDocument))]
[JsonSerializable(typeof(PayloadDocument))]
[JsonSerializable(typeof(List<PendingAuditDocument>))]
[JsonSerializable(typeof(WeeklyTimeDocument))]
[JsonSerializable(typeof(CallFiguresDocument))]
[JsonSerializable(typeof(CallContentDocument))]
[JsonSerializable(typeof(List<MonthLineDocument>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
