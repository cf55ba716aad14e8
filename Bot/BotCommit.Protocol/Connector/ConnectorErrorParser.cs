using System.Text.Json;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Reads code, sub-code and message from a connector error body. Shapes seen: <c>{"error":{"code","message"}}</c>
/// (swagger), <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",…}"}</c> (Teams nests JSON in a
/// string), and <c>{"code","message"}</c> (playground). Never throws: an unreadable body yields nulls.
/// </summary>
internal static class ConnectorErrorParser
{
    public static (string? Code, string? SubCode, string? Message) Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            var container = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? error : root;
            var code = ReadString(container, "code") ?? ReadString(root, "errorCode");
            var subCode = ReadString(container, "subCode") ?? ReadString(root, "subCode");
            var message = ReadString(container, "message") ?? ReadString(root, "message");
            if (message is not null && TryParseNested(message, out var nestedCode, out var nestedSubCode, out var nestedMessage))
            {
                code ??= nestedCode;
                subCode ??= nestedSubCode;
                message = nestedMessage ?? message;
            }

            return (code, subCode, message);
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    private static bool TryParseNested(string message, out string? code, out string? subCode, out string? nestedMessage)
    {
        code = subCode = nestedMessage = null;
        var trimmed = message.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var nested = JsonDocument.Parse(trimmed);
            var root = nested.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var container = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? error : root;
            code = ReadString(container, "code") ?? ReadString(container, "errorCode");
            subCode = ReadString(container, "subCode") ?? ReadString(container, "errorSubCode");
            nestedMessage = ReadString(container, "details") ?? ReadString(container, "message");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? ReadString(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!property.NameEquals(name) && !string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return property.Value.ValueKind switch
            {
                JsonValueKind.String => string.IsNullOrEmpty(property.Value.GetString()) ? null : property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
        }

        return null;
    }
}
