using System.Net;
using System.Text;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// A command's text split into the people it @mentions (other than the bot, in the order they appear in the text) and
/// the words around them. Identities come only from the mention entities (protocol doc 2.3), never from the text: an
/// <c>&lt;at&gt;</c> span without an entity is dropped and counted in <see cref="Unresolved"/>.
/// </summary>
internal sealed record MentionedText(IReadOnlyList<ChannelAccount> People, string Text, int Unresolved)
{
    public static MentionedText Extract(Activity activity, string text)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(text);
        var botId = activity.Recipient?.Id;
        var found = new List<(int Position, ChannelAccount Person)>();
        var remaining = text;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)
                || entity.Mentioned is not { Id: { Length: > 0 } id } person
                || string.Equals(id, botId, StringComparison.Ordinal))
            {
                continue;
            }

            var markup = WebUtility.HtmlDecode(entity.Text ?? string.Empty);
            var position = markup.Length == 0 ? -1 : remaining.IndexOf(markup, StringComparison.OrdinalIgnoreCase);
            if (position >= 0)
            {
                // Blank out the span (same length) so later positions stay comparable.
                remaining = string.Concat(remaining.AsSpan(0, position), new string('\u0001', markup.Length), remaining.AsSpan(position + markup.Length));
            }

            if (!found.Any(f => string.Equals(f.Person.Id, id, StringComparison.Ordinal)))
            {
                found.Add((position < 0 ? int.MaxValue : position, person));
            }
        }

        var (cleaned, unresolved) = WithoutSpans(remaining);
        cleaned = string.Join(' ', cleaned.Replace('\u0001', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new MentionedText(found.OrderBy(f => f.Position).Select(f => f.Person).ToList(), cleaned, unresolved);
    }

    // Linear in the text's length whatever it holds (thousands of "<at>" without "</at>" included): each search
    // continues where the previous one stopped, and a missing "</at>" ends the scan.
    private static (string Text, int Spans) WithoutSpans(string text)
    {
        const string Open = "<at>";
        const string Close = "</at>";
        var builder = new StringBuilder(text.Length);
        var spans = 0;
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf(Open, position, StringComparison.OrdinalIgnoreCase);
            var end = start < 0 ? -1 : text.IndexOf(Close, start + Open.Length, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                break;
            }

            builder.Append(text, position, start - position).Append(' ');
            spans++;
            position = end + Close.Length;
        }

        builder.Append(text, position, text.Length - position);
        return (builder.ToString(), spans);
    }
}
