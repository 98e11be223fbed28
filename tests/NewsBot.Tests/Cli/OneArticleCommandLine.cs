using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>The command line over an articles folder holding one article written for the test, in a temporary folder.</summary>
internal sealed class OneArticleCommandLine(string file, string article) : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _error = new();

    public StringWriter Output { get; } = new();

    public void Dispose() => _folder.Dispose();

    public async Task<int> RunAsync(params string[] args)
    {
        var articles = _folder.Combine("articles");
        Directory.CreateDirectory(articles);
        await File.WriteAllTextAsync(Path.Combine(articles, file), article);
        var options = new NewsBotOptions
        {
            ArticlesPath = articles,
            IndexPath = _folder.Combine("index"),
        };
        return await new CommandLineApp(options, new StringReader(""), Output, _error).RunAsync(
            args
        );
    }
}
