using System.Text.Json.Serialization;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Inspection;

/// <summary>
/// What <c>newsbot inspect</c> read: the articles, and apart from them the files of the given folders that
/// could not be read, each with the reason.
/// </summary>
public sealed record InspectionReport(IReadOnlyList<InspectedArticle> Articles)
{
    [JsonIgnore]
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];
}
