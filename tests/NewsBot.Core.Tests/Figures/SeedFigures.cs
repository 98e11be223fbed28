using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Tests.Articles;

namespace NewsBot.Core.Tests.Figures;

/// <summary>The figures of the bundled seed articles, extracted once for the tests that need them all.</summary>
public sealed class SeedFigures
{
    public SeedFigures()
    {
        var folder = Seeds.Folder;
        var extractor = new FigureExtractor();
        All = Directory
            .GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(path =>
                extractor.Extract(
                    ArticleParser.Parse(Path.GetFileName(path), File.ReadAllText(path))
                )
            )
            .ToList();
    }

    public IReadOnlyList<Figure> All { get; }
}
