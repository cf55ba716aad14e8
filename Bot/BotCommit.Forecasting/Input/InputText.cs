using System.Text;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// Typed text made comparable before any reader looks at it. Chinese input methods type full-width forms
/// (<c>１２０万，：Ｑ４</c>) and, in Chinese punctuation mode, <c>。</c> for the <c>.</c> key and <c>、</c> between items:
/// these become their ASCII counterparts (<c>120万,:Q4</c>, <c>.</c>, <c>,</c>), the ideographic space a space and
/// <c>￥</c> the yen/yuan sign <c>¥</c>. Nothing else changes, so a reader still sees every character it must refuse;
/// and each character maps to exactly one, so a position in the normalized text is the same position in the typed text
/// (readers cut free text such as a holiday's reason from what was typed, with its own punctuation).
/// </summary>
public static class InputText
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = c switch
            {
                >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
                '\u3000' => ' ',
                '\u3002' => '.',
                '\u3001' => ',',
                '\uFFE5' => '¥',
                _ => c,
            };
            if (mapped != c)
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(mapped);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>True when <paramref name="c"/> is a CJK ideograph (Chinese text is written without spaces between words).</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
