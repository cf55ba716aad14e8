using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Tests;

/// <summary>What goes to Teams: Chinese as itself (a third of its escaped size), HTML-sensitive characters still escaped.</summary>
public sealed class WireEncodingTests
{
    [Fact]
    public void Wire_CardWithChineseAndMarkup_WritesChineseAsItselfAndEscapesMarkup()
    {
        var activity = MessageFactory.Text("周度承诺 <script>&'\"+` 2026年12月7日（周一）\u0001");

        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Wire.Activity));

        Assert.Contains("周度承诺", json, StringComparison.Ordinal);
        Assert.Contains("2026年12月7日（周一）", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.DoesNotContain("'", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
        Assert.Contains("\\u0001", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Wire_ReadsBackTheSameActivity_AndNamesPropertiesAsTheDefaultContext()
    {
        var activity = MessageFactory.Text("周一 <b>");
        activity.Locale = "zh-CN";

        var wire = JsonSerializer.Serialize(activity, ProtocolJsonContext.Wire.Activity);
        var escaped = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.Equal(JsonNode.Parse(escaped)!.ToJsonString(), JsonNode.Parse(wire)!.ToJsonString());
        Assert.True(wire.Length < escaped.Length, $"{wire.Length} vs {escaped.Length}");
    }
}
