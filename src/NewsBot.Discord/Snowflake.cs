using System.Globalization;

namespace NewsBot.Discord;

/// <summary>A Discord id: a 64-bit number whose top bits are the time it was made.</summary>
public readonly record struct Snowflake(ulong Value)
{
    /// <summary>Discord's epoch, the first millisecond of 2015 (https://discord.com/developers/docs/reference#snowflakes).</summary>
    private static readonly DateTimeOffset s_epoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Snowflake? TryParse(string? text) =>
        ulong.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new Snowflake(value)
            : null;

    /// <summary>When Discord made this id: for an interaction, when the user sent it.</summary>
    public DateTimeOffset CreatedAt => s_epoch.AddMilliseconds(Value >> 22);

    /// <summary>An id made at <paramref name="time"/> with <paramref name="increment"/> in its low bits.</summary>
    public static Snowflake At(DateTimeOffset time, ulong increment = 0) =>
        new(((ulong)(time - s_epoch).TotalMilliseconds << 22) | (increment & 0xFFF));

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
