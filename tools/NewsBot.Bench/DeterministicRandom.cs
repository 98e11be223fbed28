namespace NewsBot.Bench;

/// <summary>
/// SplitMix64: a tiny generator whose sequence depends on nothing but its seed, unlike
/// <see cref="Random"/>, whose algorithm may change between runtimes. Synthetic corpora and bench
/// queries must be byte-identical on every machine and every .NET version.
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one item of a sequence, independent of how many items come before it.</summary>
    public static DeterministicRandom For(int seed, int item, int stream = 0) =>
        new(
            Mix(
                (ulong)(uint)seed * 0x9E3779B97F4A7C15UL
                    ^ ((ulong)(uint)item << 20)
                    ^ (ulong)(uint)stream * 0xD1B54A32D192ED03UL
            )
        );

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public string Hex(int digits)
    {
        var value = NextUInt64().ToString("x16");
        return value[..Math.Min(digits, value.Length)];
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
