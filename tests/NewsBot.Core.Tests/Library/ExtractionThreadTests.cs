using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Library;

namespace NewsBot.Core.Tests.Library;

public sealed class ExtractionThreadTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(20);

    /// <summary>How long a test waits for a thread it released; a safety net, not a measure of speed.</summary>
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Gives_the_result_of_the_extraction()
    {
        var thread = new ExtractionThread(s_bound, _time);

        Assert.Equal(42, await thread.RunAsync(() => 42));
    }

    [Fact]
    public async Task Refuses_an_extraction_that_runs_past_its_bound_and_any_other_until_it_ends()
    {
        var thread = new ExtractionThread(s_bound, _time);
        using var gate = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var slow = thread.RunAsync(() =>
        {
            started.Set();
            gate.Wait();
            return 1;
        });
        Assert.True(started.Wait(s_patience));

        _time.Advance(s_bound + TimeSpan.FromSeconds(1));
        var late = await Assert.ThrowsAsync<NewsBotException>(() => slow);
        var meanwhile = await Assert.ThrowsAsync<NewsBotException>(() => thread.RunAsync(() => 2));
        gate.Set();

        Assert.Contains("took longer than 20 s", late.Message, StringComparison.Ordinal);
        Assert.Contains("still being read", meanwhile.Message, StringComparison.Ordinal);
        Assert.Equal(3, await AfterTheOverdueOneEndsAsync(thread));
    }

    /// <summary>Runs again until the released thread has ended; bounded, it only waits for that thread.</summary>
    private static async Task<int> AfterTheOverdueOneEndsAsync(ExtractionThread thread)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await thread.RunAsync(() => 3);
            }
            catch (NewsBotException) when (attempt < 300)
            {
                await Task.Delay(s_patience / 300);
            }
        }
    }

    [Fact]
    public async Task Turns_whatever_the_extraction_throws_into_a_refusal()
    {
        var thread = new ExtractionThread(s_bound, _time);

        var refusal = await Assert.ThrowsAsync<NewsBotException>(() =>
            thread.RunAsync<int>(() => throw new InvalidOperationException("broken tree"))
        );

        Assert.Contains("broken tree", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Has_room_for_recursion_far_deeper_than_a_default_thread_stack()
    {
        var thread = new ExtractionThread(s_bound, _time);

        Assert.Equal(200_000, await thread.RunAsync(() => Depth(200_000)));
    }

    private static int Depth(int remaining) => remaining == 0 ? 0 : 1 + Depth(remaining - 1);
}
