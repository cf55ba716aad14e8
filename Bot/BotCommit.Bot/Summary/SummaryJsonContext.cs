using System.Text.Json.Serialization;

namespace BotCommit.Bot.Summary;

/// <summary>Source-generated JSON of the summary's stored documents (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(SummaryPostRecord))]
[JsonSerializable(typeof(SummaryChannelDocument))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
