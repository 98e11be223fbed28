using NewsBot.Core.Meaning;

namespace NewsBot.Bench.Tests;

public sealed class CountingSentenceEmbedderTests
{
    [Fact]
    public void Counts_the_calls_the_sentences_asked_and_the_time_spent_inside_the_model()
    {
        var clock = new ManualClock();
        var model = new SlowModel(clock, TimeSpan.FromMilliseconds(30));
        var counting = new CountingSentenceEmbedder(model, clock);

        counting.Embed(["a question", "a quote", "another quote"], CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5));
        counting.Embed(["another question"], CancellationToken.None);

        Assert.Equal(2, counting.Calls);
        Assert.Equal(4, counting.Sentences);
        Assert.Equal(TimeSpan.FromMilliseconds(60), counting.Elapsed);
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    /// <summary>A model that takes <paramref name="cost"/> of the manual clock per call.</summary>
    private sealed class SlowModel(ManualClock clock, TimeSpan cost) : ISentenceEmbedder
    {
        public IReadOnlyList<float[]>? Embed(
            IReadOnlyList<string> sentences,
            CancellationToken cancellationToken
        )
        {
            clock.Advance(cost);
            return [.. sentences.Select(s => new float[] { s.Length })];
        }
    }
}
