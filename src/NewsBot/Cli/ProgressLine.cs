using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>
/// The progress of an index build as one line rewritten in place on a terminal:
/// <c>Indexing articles [#######·············] 35% 120/340</c>. Builds report from several threads.
/// </summary>
public sealed class ProgressLine(TextWriter writer) : IProgress<IndexProgress>
{
    private const int Width = 20;
    private readonly object _gate = new();
    private int _shown = -1;

    public void Report(IndexProgress value)
    {
        var percent = value.Total <= 0 ? 100 : Math.Clamp(value.Done * 100 / value.Total, 0, 100);
        lock (_gate)
        {
            if (percent == _shown)
            {
                return;
            }
            _shown = percent;
            var done = percent * Width / 100;
            writer.Write(
                $"\rIndexing articles [{new string('#', done)}{new string('·', Width - done)}] {percent, 3}% {value.Done}/{value.Total}"
            );
            writer.Flush();
        }
    }

    /// <summary>Clears the line, so that what is written next starts at its beginning.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_shown >= 0)
            {
                writer.Write("\r" + new string(' ', Width + 40) + "\r");
                writer.Flush();
            }
        }
    }
}
