using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Indexing;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Inspection;

/// <summary>
/// Reads article files as the index reads them and reports every quote and figure with its line: the report a
/// moderator reads to see why a question is answered or not, and the one <c>/add-article</c> shows. Only the
/// given files are read (a folder's files, without following its links out of it); no index is opened.
/// </summary>
public sealed class ArticleInspector(long maxFileBytes = ArticleFolderReader.DefaultMaxFileBytes)
{
    /// <summary>Inspects files and folders (a folder: its <c>*.txt</c> files, as the articles folder is read).</summary>
    /// <exception cref="NewsBotException">
    /// A path does not exist, a given file cannot be read, or a folder holds no article file.
    /// </exception>
    public InspectionReport Inspect(
        IReadOnlyList<string> paths,
        CancellationToken cancellationToken = default
    )
    {
        var articles = new List<InspectedArticle>();
        var skipped = new List<SkippedFile>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                InspectFolder(path, articles, skipped, cancellationToken);
            }
            else if (File.Exists(path))
            {
                articles.Add(InspectFile(path));
            }
            else
            {
                throw new NewsBotException($"'{path}' does not exist.");
            }
        }
        return new InspectionReport(articles) { Skipped = skipped };
    }

    private void InspectFolder(
        string folder,
        List<InspectedArticle> articles,
        List<SkippedFile> skipped,
        CancellationToken cancellationToken
    )
    {
        var reader = new ArticleFolderReader(folder, maxFileBytes);
        var files = reader.List();
        if (files.Count == 0)
        {
            throw new NewsBotException($"'{folder}' holds no article (.txt) files.");
        }
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var loaded = reader.Load(file);
            if (loaded.Article is { } article)
            {
                articles.Add(Of(ArticleAnalysis.Of(article)));
            }
            else
            {
                skipped.Add(loaded.Skipped!);
            }
        }
    }

    /// <summary>
    /// A file named on the command line is read where its links lead: naming it is asking for it. It is read
    /// with the articles folder's limits, and one that would be skipped there is an error here.
    /// </summary>
    private InspectedArticle InspectFile(string path)
    {
        var resolved = FileSystemPaths.ResolveLinks(Path.GetFullPath(path));
        var info = new FileInfo(resolved);
        var reader = new ArticleFolderReader(info.DirectoryName!, maxFileBytes);
        var loaded = reader.Load(
            new ArticleFile(Path.GetFileName(path), resolved, info.Length, info.LastWriteTimeUtc)
        );
        return loaded.Article is { } article
            ? Of(ArticleAnalysis.Of(article))
            : throw new NewsBotException($"'{path}' could not be read: {loaded.Skipped!.Reason}.");
    }

    internal static InspectedArticle Of(ArticleAnalysis analysis)
    {
        var figures = analysis.Figures.OrderBy(f => f.Source.Line).ToList();
        return new(
            analysis.Article.File,
            analysis.Article.Headline,
            [.. analysis.Quotes.OrderBy(q => q.Source.Line).Select(Of)],
            [.. figures.Where(f => !DatesOrRanks(f)).Select(Of)]
        )
        {
            YearsAndRanks = [.. figures.Where(DatesOrRanks).Select(Of)],
        };
    }

    private static bool DatesOrRanks(Figure figure) =>
        figure.Kind is FigureKind.Year or FigureKind.Ordinal;

    private static InspectedQuote Of(Quote quote) =>
        new(quote.Source.Line, quote.Speaker, quote.Text, quote.Kind == QuoteKind.Reported);

    private static InspectedFigure Of(Figure figure)
    {
        var isRange = figure.Low is not null && figure.High is not null;
        return new InspectedFigure(
            figure.Source.Line,
            figure.Text,
            isRange && !figure.IsMovement ? null : figure.Value,
            isRange ? figure.Low : null,
            isRange ? figure.High : null,
            figure.Unit,
            FigureChange.Of(figure),
            figure.Measure,
            figure.ClaimedBy
        );
    }
}
