namespace NewsBot.Core.Indexing;

/// <summary>Where the articles are, where the index lives, and the largest article file read.</summary>
public sealed record IndexOptions(
    string ArticlesPath,
    string IndexPath,
    long MaxFileBytes = IndexOptions.DefaultMaxFileBytes
)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    /// <summary>A message a person understands for each thing wrong with the options; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(ArticlesPath))
        {
            errors.Add("The articles folder is not set (NewsBot:ArticlesPath or --articles).");
        }
        if (string.IsNullOrWhiteSpace(IndexPath))
        {
            errors.Add("The index folder is not set (NewsBot:IndexPath or --index).");
        }
        if (MaxFileBytes <= 0)
        {
            errors.Add(
                $"The largest article size must be positive (NewsBot:MaxFileBytes is {MaxFileBytes})."
            );
        }
        return errors;
    }
}
