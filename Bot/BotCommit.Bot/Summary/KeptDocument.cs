using System.Globalization;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Bot.Summary;

/// <summary>
/// A long text kept in the Documents table under one scope and key, cut into parts of at most
/// <see cref="DocumentTable.MaxJsonLength"/> characters (one table property each; never between the halves of a
/// surrogate pair), keys <c>{key}|000</c>, <c>{key}|001</c> …; the caller writes its head row (the part counts) last so
/// a reader never sees half a record. Used by the summaries of record of teams and regions.
/// </summary>
internal static class KeptDocument
{
    /// <summary>Writes <paramref name="text"/> in parts; returns how many.</summary>
    public static async Task<int> WriteAsync(DocumentTable documents, string scope, string key, string text, CancellationToken cancellationToken)
    {
        var parts = Parts(text);
        for (var i = 0; i < parts.Count; i++)
        {
            await documents.UpsertAsync(scope, PartKey(key, i), parts[i], cancellationToken);
        }

        return parts.Count;
    }

    /// <summary>The text of <paramref name="count"/> parts, or null when one is missing.</summary>
    public static async Task<string?> ReadAsync(DocumentTable documents, string scope, string key, int count, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (await documents.GetAsync(scope, PartKey(key, i), cancellationToken) is not { } part)
            {
                return null;
            }

            text.Append(part.Json);
        }

        return text.ToString();
    }

    private static List<string> Parts(string text)
    {
        var parts = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(DocumentTable.MaxJsonLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            parts.Add(text.Substring(start, length));
            start += length;
        }

        return parts;
    }

    private static string PartKey(string key, int index) => string.Create(CultureInfo.InvariantCulture, $"{key}|{index:D3}");
}
