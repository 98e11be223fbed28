using NewsBot.Cli;
using NewsBot.Core.Indexing;

namespace NewsBot.Tests.Cli;

public sealed class ProgressLineTests
{
    [Fact]
    public void Rewrites_one_line_as_files_are_done_and_clears_it_at_the_end()
    {
        var terminal = new StringWriter();
        var progress = new ProgressLine(terminal);

        progress.Report(new IndexProgress(1, 4, "a.txt"));
        progress.Report(new IndexProgress(1, 4, "a.txt"));
        progress.Report(new IndexProgress(4, 4, null));
        progress.Clear();

        var text = terminal.ToString();
        Assert.StartsWith(
            "\rIndexing articles [#####···············]  25% 1/4\r",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\rIndexing articles [####################] 100% 4/4\r",
            text,
            StringComparison.Ordinal
        );
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.Equal(2, text.Split("25%").Length);
    }
}
