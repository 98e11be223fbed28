using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>An index store and its answer service for one run of the command line or the console.</summary>
public sealed class NewsBotSession(IndexOptions options, ILoggerFactory loggerFactory) : IDisposable
{
    public IndexStore Store { get; } = new(options, loggerFactory.CreateLogger<IndexStore>());

    public QuestionRunner Questions => new(new AnswerService(Store));

    public void Dispose() => Store.Dispose();
}
