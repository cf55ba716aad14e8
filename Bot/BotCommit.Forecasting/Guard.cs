namespace BotCommit.Forecasting;

/// <summary>Argument checks shared by the value types' factories.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"Must be at most {maxLength} characters.", paramName);
        }

        return value;
    }

    public static string? OptionalText(string? value, int maxLength, string paramName)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new ArgumentException($"Must be at most {maxLength} characters.", paramName);
        }

        return value;
    }

    public static T NotNull<T>(T? value, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }
}
