namespace BotCommit.Forecasting.Input;

/// <summary>Makes <see cref="Reading{T}"/> values.</summary>
public static class Reading
{
    public static Reading<T> Of<T>(T value) => new(value, null);

    public static Reading<T> Refused<T>(InputError error) =>
        error == InputError.Unknown ? throw new ArgumentOutOfRangeException(nameof(error), error, "Name the reason.") : new(default!, error);
}
