using System.Text.Json;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Answers;

/// <summary>The ranker reads each figure's terms once for as long as the figure is kept, whatever is asked of it.</summary>
public sealed class FigureProfileReuseTests
{
    private static readonly IReadOnlyList<Figure> Figures = new FigureExtractor().Extract(
        ArticleParser.Parse(
            "storm.txt",
            """
            Storm damage checked

            Inspectors have checked more than 1,200 homes since the storm, the council said. Crews cleared 40 roads in March.
            """
        )
    );

    [Fact]
    public void Ranking_the_same_figures_for_other_questions_reads_their_terms_once_and_answers_as_at_first()
    {
        var ranker = new FigureRanker();
        var fresh = new FigureRanker();

        ranker.Rank("how many roads were cleared", Figures);
        var built = ranker.ProfilesBuilt;
        var again = ranker.Rank("how many homes were checked", Figures);

        Assert.Equal(Figures.Count, built);
        Assert.Equal(built, ranker.ProfilesBuilt);
        Assert.Equal(1200, again.Results[0].Value);
        Assert.Equal(
            JsonSerializer.Serialize(fresh.Rank("how many homes were checked", Figures)),
            JsonSerializer.Serialize(again)
        );
    }

    [Fact]
    public void Figures_read_anew_have_their_terms_read_anew()
    {
        var ranker = new FigureRanker();
        ranker.Rank("how many homes were checked", Figures);

        ranker.Rank("how many homes were checked", [.. Figures.Select(f => f with { })]);

        Assert.Equal(2 * Figures.Count, ranker.ProfilesBuilt);
    }
}
