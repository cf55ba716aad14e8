using System.Collections;
using System.Globalization;

namespace BotCommit.Forecasting.Tests;

/// <summary>
/// Compares named properties of a result with hand-computed values and reports every difference at once (a figure
/// record has many numbers; the first failing one alone hides the others). Lists compare element by element.
/// </summary>
internal static class Expect
{
    public static void Properties(object actual, string context, params (string Name, object? Value)[] expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<string>();
        foreach (var (name, value) in expected)
        {
            var property = actual.GetType().GetProperty(name) ?? throw new ArgumentException($"{actual.GetType().Name} has no property {name}.", nameof(expected));
            var got = property.GetValue(actual);
            if (!Same(got, value))
            {
                differences.Add($"{context}.{name}: expected {Show(value)}, got {Show(got)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>Every public property of <paramref name="actual"/> equals the one of <paramref name="expected"/> (lists element by element).</summary>
    public static void SameProperties<T>(T expected, T actual, string context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(expected);
        Properties(actual, context, [.. typeof(T).GetProperties().Select(p => (p.Name, p.GetValue(expected)))]);
    }

    private static bool Same(object? got, object? expected) =>
        got is IEnumerable a and not string && expected is IEnumerable b and not string
            ? a.Cast<object?>().SequenceEqual(b.Cast<object?>())
            : Equals(got, expected);

    private static string Show(object? value) => value switch
    {
        null => "null",
        IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
