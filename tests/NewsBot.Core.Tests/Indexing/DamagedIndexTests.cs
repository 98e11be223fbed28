using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Indexing;

/// <summary>An index whose Lucene files were truncated or overwritten is rebuilt, and says so once.</summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IndexOptions Options(string articles) => new(articles, _folder.Combine("index"));

    private string Generation() =>
        Assert.Single(Directory.GetDirectories(_folder.Combine("index"), "gen-*"));

    public static TheoryData<string> Damages() =>
        ["truncate cfs", "garbage cfs", "garbage segments", "empty segments"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task Rebuilds_an_index_whose_lucene_files_are_damaged_and_says_so_in_one_line(
        string damage
    )
    {
        var articles = _folder.CopyOfSeeds();
        using (var first = new IndexStore(Options(articles)))
        {
            await first.EnsureReadyAsync();
        }
        Damage(Generation(), damage);
        using var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs));

        using var store = new IndexStore(Options(articles), loggers.CreateLogger<IndexStore>());
        var report = await store.EnsureReadyAsync();
        var answer = await new AnswerService(store).SearchAsync("drones kill zone");

        Assert.False(report.Reused);
        Assert.Equal(5, report.Articles);
        Assert.NotEmpty(answer.Results);
        var line = Assert.Single(logs.Lines, l => l.Contains("damaged", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', line);
    }

    private static void Damage(string generation, string damage)
    {
        var cfs = Directory
            .GetFiles(generation, "*.cfs")
            .OrderBy(f => f, StringComparer.Ordinal)
            .First();
        var segments = Directory.GetFiles(generation, "segments_*").Single();
        switch (damage)
        {
            case "truncate cfs":
                using (var stream = new FileStream(cfs, FileMode.Open, FileAccess.Write))
                {
                    stream.SetLength(stream.Length / 2);
                }
                break;
            case "garbage cfs":
                File.WriteAllBytes(cfs, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
                break;
            case "garbage segments":
                File.WriteAllText(segments, "not a segments file");
                break;
            default:
                File.WriteAllBytes(segments, []);
                break;
        }
    }
}
