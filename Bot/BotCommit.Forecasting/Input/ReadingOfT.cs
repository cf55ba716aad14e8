namespace BotCommit.Forecasting.Input;

/// <summary>The outcome of reading typed text: a value, or the reason it was refused (never both). Made by <see cref="Reading"/>.</summary>
public readonly record struct Reading<T>
{
    internal Reading(T value, InputError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value read; <c>default</c> when <see cref="Error"/> is set.</summary>
    public T Value { get; }

    /// <summary>Why the text was refused, or null when it was read.</summary>
    public InputError? Error { get; }

    public bool IsRead => Error is null;
}
