using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Answers;

/// <summary>Maps extracted figures to the answer records.</summary>
public static class FigureResults
{
    /// <summary>A figure as an answer, citing every source that reports it (the figure's own source first).</summary>
    public static FigureResult ToResult(
        Figure figure,
        IReadOnlyList<SourceRef>? sources = null,
        double score = 0,
        double confidence = 0
    ) =>
        new(
            figure.Value,
            figure.Low,
            figure.High,
            figure.Unit,
            figure.Text,
            figure.Measure,
            figure.Period,
            figure.Qualifier,
            figure.ClaimedBy,
            figure.Passage,
            sources ?? [figure.Source],
            Math.Clamp(score, 0, 1),
            Math.Clamp(confidence, 0, 1)
        );
}
