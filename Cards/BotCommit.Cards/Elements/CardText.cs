using System.Text;

namespace BotCommit.Cards.Elements;

/// <summary>Makes user-supplied text safe to show in markdown-rendering card fields.</summary>
public static class CardText
{
    private const string MarkdownSpecials = "\\`*_{}[]()<>#+-.!|~";

    /// <summary>
    /// Escapes markdown and HTML so that a deal called <c>[click](http://x)</c> or <c>&lt;b&gt;big&lt;/b&gt;</c> shows
    /// literally in managers' cards instead of as a link or formatting. Control characters become spaces.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append(' ');
            }
            else if (c == '&')
            {
                builder.Append("&amp;");
            }
            else if (c == '<')
            {
                builder.Append("&lt;");
            }
            else if (c == '>')
            {
                builder.Append("&gt;");
            }
            else if (MarkdownSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
