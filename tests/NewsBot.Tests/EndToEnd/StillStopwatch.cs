namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The real date and time, with a stopwatch that stands still: the stories check what the bot answers through
/// Discord, not how fast a loaded machine answers, so the emulator's 3-second answer window never closes on them.
/// The window itself is checked on a clock the tests move (NewsBot.Discord.Tests) and timed by the bench.
/// </summary>
internal sealed class StillStopwatch : TimeProvider
{
    public override long GetTimestamp() => 0;
}
