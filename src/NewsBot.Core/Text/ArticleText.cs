using NewsBot.Core.Articles;

namespace NewsBot.Core.Text;

/// <summary>
/// An article as NewsBot reads it, built once and shared by every stage of its analysis: one
/// <see cref="ParagraphView"/> per paragraph (sentences, words, quotations) and the people it names
/// with every mention of them (<see cref="Cast"/>, made when first asked for).
/// </summary>
internal sealed class ArticleText
{
    private ArticleCast? _cast;

    public ArticleText(Article article)
    {
        Article = article;
        Views = new List<ParagraphView>(article.Paragraphs.Count);
        var continuesQuote = false;
        foreach (var paragraph in article.Paragraphs)
        {
            var view = new ParagraphView(paragraph, continuesQuote);
            Views.Add(view);
            continuesQuote = view.EndsInsideQuote;
        }
        var familyNames = FamilyNameWords.Find(Views);
        if (familyNames.Count > 0)
        {
            foreach (var view in Views)
            {
                view.FamilyNames = familyNames;
            }
        }
    }

    public Article Article { get; }

    public List<ParagraphView> Views { get; }

    public ArticleCast Cast => _cast ??= new ArticleCast(Views);
}
