namespace BotCommit.Cards.Summary;

/// <summary>
/// Short, distinct bar-group labels from names that often share a prefix ("Sales EMEA", "Sales UK" → "EMEA", "UK";
/// "华东一部", "华东二部" → "一部", "二部"): the common leading words (for Latin text, whole words only) are dropped
/// when every name keeps something, each label is cut to <c>maxLength</c>, and labels that still collide get " 2",
/// " 3", … so no two groups read alike. Plain text (chart labels are not markdown).
/// </summary>
internal static class ChartLabels
{
    public static IReadOnlyList<string> Distinct(IReadOnlyList<string> names, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 4);
        var clean = names.Select(n => SummaryDisplay.Cut(n, int.MaxValue)).ToList();
        var strip = CommonPrefixToDrop(clean);
        var labels = clean.Select(n => SummaryDisplay.Cut(n[strip..].TrimStart(), maxLength)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            if (seen.Add(labels[i]))
            {
                continue;
            }

            for (var n = 2; ; n++)
            {
                var suffix = " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var candidate = SummaryDisplay.Cut(clean[i][strip..].TrimStart(), maxLength - suffix.Length) + suffix;
                if (seen.Add(candidate))
                {
                    labels[i] = candidate;
                    break;
                }
            }
        }

        return labels;
    }

    /// <summary>How many leading characters all names share and may drop: up to a word break, or CJK characters as they are.</summary>
    private static int CommonPrefixToDrop(List<string> names)
    {
        if (names.Count < 2)
        {
            return 0;
        }

        var common = names.Min(n => n.Length);
        foreach (var name in names.Skip(1))
        {
            var i = 0;
            while (i < common && name[i] == names[0][i])
            {
                i++;
            }

            common = i;
        }

        // A Latin prefix ends at its last space ("Sales E" of "Sales EMEA"/"Sales EU" drops "Sales " only); a CJK prefix
        // may end anywhere ("华东销售" of "华东销售一部"/"华东销售二部").
        var cut = common;
        while (cut > 0 && !(char.IsWhiteSpace(names[0][cut - 1]) || (IsCjk(names[0][cut - 1]) && names.All(n => n.Length > cut && IsCjk(n[cut])))))
        {
            cut--;
        }

        var wordBreak = cut > 0 && char.IsWhiteSpace(names[0][cut - 1]);
        return (wordBreak || cut >= 2) && names.All(n => n[cut..].Trim().Length > 0) ? cut : 0;
    }

    private static bool IsCjk(char c) => c >= '\u2E80' && !char.IsSurrogate(c) && c < '\uFF00';
}
