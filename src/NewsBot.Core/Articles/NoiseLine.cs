namespace NewsBot.Core.Articles;

/// <summary>Why a line of an article file is kept out of its passages.</summary>
public enum NoiseKind
{
    Url,
    PhotoCaption,
    RelatedArticle,
}

/// <summary>A line (or caption paragraph) recognised as noise, kept for diagnostics.</summary>
public sealed record NoiseLine(int Line, NoiseKind Kind, string Text);
