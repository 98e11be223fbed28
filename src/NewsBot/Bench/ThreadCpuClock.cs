using System.Runtime.InteropServices;

namespace NewsBot.Bench;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). Wall-clock
/// latency counts the time a query waits for a core; on a busy machine that dwarfs the query itself,
/// so the benchmark reports both. Null where the clock is not available.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryNow() is not null;

    /// <summary>The thread's CPU time in milliseconds, or null.</summary>
    public static double? Now() => IsAvailable ? TryNow() : null;

    private static double? TryNow()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0 : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
