namespace NewsBot.Bench;

/// <summary>
/// Samples the process's resident memory that is its own (Linux <c>RssAnon</c>: heaps and stacks, not
/// the index files mapped into memory, which the kernel can drop and reload at will) and keeps the peak.
/// The peak working set counts both; the mapped index pages grow with the index that queries touch.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private const string Status = "/proc/self/status";
    private readonly Timer? _timer;
    private long _peakKb;

    public MemorySampler(TimeSpan interval)
    {
        if (File.Exists(Status))
        {
            _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, interval);
        }
    }

    /// <summary>The highest resident private memory seen, in MB, or null where it cannot be read.</summary>
    public double? PeakMb
    {
        get
        {
            Sample();
            var peak = Interlocked.Read(ref _peakKb);
            return peak > 0 ? Math.Round(peak / 1024.0, 1) : null;
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Sample()
    {
        try
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (
                    line.StartsWith("RssAnon:", StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan(8).Trim().TrimEnd("kB").Trim(), out var kb)
                )
                {
                    long seen;
                    while (
                        kb > (seen = Interlocked.Read(ref _peakKb))
                        && Interlocked.CompareExchange(ref _peakKb, kb, seen) != seen
                    ) { }
                    return;
                }
            }
        }
        catch (IOException) { }
    }
}
