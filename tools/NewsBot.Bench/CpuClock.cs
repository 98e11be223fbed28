using System.Runtime.InteropServices;

namespace NewsBot.Bench;

/// <summary>
/// CPU time on Linux: of the calling thread (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>) and of
/// the finished child processes (<c>getrusage(RUSAGE_CHILDREN)</c>). Wall-clock time counts the time
/// spent waiting for a core; on a busy machine that dwarfs the work itself, so the benchmark reports
/// both. Null where these clocks are not available.
/// </summary>
internal static partial class CpuClock
{
    private const int ThreadCpuTimeId = 3;
    private const int UsageOfChildren = -1;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryThread() is not null;

    /// <summary>The calling thread's CPU time in milliseconds, or null.</summary>
    public static double? Thread() => IsAvailable ? TryThread() : null;

    /// <summary>The user and system time of every child process that has finished and been waited for, in milliseconds, or null.</summary>
    public static double? Children()
    {
        if (!IsAvailable)
        {
            return null;
        }
        try
        {
            return GetResourceUsage(UsageOfChildren, out var usage) == 0
                ? (usage.UserSeconds + usage.SystemSeconds) * 1000.0
                    + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static double? TryThread()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out var time) == 0
                ? time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0
                : null;
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

    /// <summary><c>struct rusage</c> on 64-bit Linux: two <c>timeval</c>s, then fourteen longs this code does not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);
}
