using System.Runtime.CompilerServices;

namespace NewsBot.Core.Answers;

/// <summary>
/// What is computed from an immutable record, kept for as long as the record itself lives: the index keeps the
/// records it read last (<c>StoredRecordCache</c>), so this is bounded by that cache and let go with it, and a
/// refreshed index, whose records are new objects, is computed afresh. Thread-safe.
/// </summary>
internal sealed class RecordMemo<TRecord, TValue>(Func<TRecord, TValue> compute)
    where TRecord : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TRecord, TValue> _values = [];
    private long _computed;

    /// <summary>How many values were computed, those found kept left out.</summary>
    public long Computed => Interlocked.Read(ref _computed);

    public TValue Of(TRecord record) =>
        _values.TryGetValue(record, out var kept)
            ? kept
            : _values.GetValue(
                record,
                r =>
                {
                    Interlocked.Increment(ref _computed);
                    return compute(r);
                }
            );
}
