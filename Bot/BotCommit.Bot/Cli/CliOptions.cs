namespace BotCommit.Bot.Cli;

/// <summary>
/// Parsed <c>--name value</c> / <c>--name=value</c> options of one command. <see cref="TryParse"/> refuses unknown,
/// repeated or value-less options and positional arguments, with a message for people.
/// </summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string> _values;

    private CliOptions(Dictionary<string, string> values, bool help)
    {
        _values = values;
        Help = help;
    }

    /// <summary><c>--help</c> or <c>-h</c> was given.</summary>
    public bool Help { get; }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlyCollection<string> known, out CliOptions options, out string problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = false;
        options = new CliOptions(values, help: false);
        problem = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                problem = $"unexpected argument \"{arg}\"";
                return false;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            if (!known.Contains(name))
            {
                problem = $"unknown option --{name}";
                return false;
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                problem = $"option --{name} needs a value";
                return false;
            }

            if (!values.TryAdd(name, value))
            {
                problem = $"option --{name} is given twice";
                return false;
            }
        }

        options = new CliOptions(values, help);
        return true;
    }
}
