namespace NewsBot.Core.Articles;

/// <summary>
/// Turns the text of an article file into paragraphs that cite their file lines, keeping noise
/// (URLs, "Related article:" links, photo captions) out of them.
/// </summary>
/// <remarks>
/// Paragraphs are separated by blank lines. Within a block, lines are joined only when the file is
/// hard-wrapped (see <see cref="WrapDetector"/>) and the earlier line was cut by the wrap: it is
/// long and stops mid-sentence (or fills the whole width), and the next line does not open a
/// bullet, an attribution or (after a finished sentence) an indented paragraph. Otherwise each
/// line is a paragraph of its own: a heading, a bullet, a pull quote, an attribution.
/// A headline stays in <see cref="Article.Paragraphs"/> as a <see cref="ParagraphKind.Heading"/>
/// paragraph (so it can be cited by line) and is also given as <see cref="Article.Headline"/>.
/// Bullets and attribution dashes are not part of the paragraph text; their kind says what they were.
/// </remarks>
public static class ArticleParser
{
    public static Article Parse(string file, string text)
    {
        var lines = Classify(SourceLine.Read(text));
        var width = WrapDetector.DetectWidth(lines);
        var noise = new List<NoiseLine>();
        var drafts = new List<(ParagraphBuilder Builder, ParagraphKind Kind)>();
        ParagraphBuilder? current = null;
        var currentKind = ParagraphKind.Body;

        void Close()
        {
            if (current is null)
            {
                return;
            }
            var paragraphText = current.Text;
            if (currentKind == ParagraphKind.Body && CaptionDetector.IsCaption(paragraphText))
            {
                noise.Add(
                    new NoiseLine(current.FirstLine.Number, NoiseKind.PhotoCaption, paragraphText)
                );
            }
            else
            {
                var kind =
                    currentKind == ParagraphKind.Body
                    && current.LineCount == 1
                    && LineClassifier.IsHeadingLike(paragraphText)
                        ? ParagraphKind.Heading
                        : currentKind;
                drafts.Add((current, kind));
            }
            current = null;
        }

        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Blank:
                    Close();
                    continue;
                case LineKind.Url:
                    Close();
                    noise.Add(new NoiseLine(line.Number, NoiseKind.Url, line.Source.Trimmed));
                    continue;
                case LineKind.RelatedArticle:
                    Close();
                    noise.Add(
                        new NoiseLine(line.Number, NoiseKind.RelatedArticle, line.Source.Trimmed)
                    );
                    continue;
                case LineKind.Text:
                case LineKind.Bullet:
                case LineKind.Attribution:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown line kind {line.Kind}.");
            }
            if (current is not null && ShouldJoin(current, line, width, isFirst: drafts.Count == 0))
            {
                current.Append(line);
            }
            else
            {
                Close();
                current = new ParagraphBuilder(line);
                currentKind = line.Kind switch
                {
                    LineKind.Bullet => ParagraphKind.ListItem,
                    LineKind.Attribution => ParagraphKind.Attribution,
                    LineKind.Text or LineKind.Blank or LineKind.Url or LineKind.RelatedArticle =>
                        ParagraphKind.Body,
                    _ => throw new InvalidOperationException($"Unknown line kind {line.Kind}."),
                };
            }
            // A credit ends its caption even when no blank line follows it (seeds/001:2).
            if (
                currentKind == ParagraphKind.Body
                && CaptionDetector.EndsWithCredit(line.Source.Trimmed)
            )
            {
                Close();
            }
        }
        Close();

        var headlineIndex = FindHeadline(drafts, noise);
        var paragraphs = new List<Paragraph>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var kind = i == headlineIndex ? ParagraphKind.Heading : drafts[i].Kind;
            paragraphs.Add(drafts[i].Builder.Build(i, kind));
        }
        var headline = headlineIndex >= 0 ? paragraphs[headlineIndex].Text : null;
        return new Article(file, headline, FindDateline(paragraphs), paragraphs, noise);
    }

    private static List<ClassifiedLine> Classify(IReadOnlyList<SourceLine> source)
    {
        var lines = new List<ClassifiedLine>(source.Count);
        SourceLine? previousNonBlank = null;
        foreach (var line in source)
        {
            lines.Add(LineClassifier.Classify(line, previousNonBlank));
            if (!line.IsBlank)
            {
                previousNonBlank = line;
            }
        }
        return lines;
    }

    private static bool ShouldJoin(
        ParagraphBuilder paragraph,
        ClassifiedLine line,
        int? width,
        bool isFirst
    )
    {
        var previous = paragraph.LastLine;
        if (width is not { } w || previous.Source.Width < 0.6 * w)
        {
            // Not hard-wrapped, or the previous line stopped well short of the width: a heading,
            // a pull quote or the last line of a paragraph (seeds/001:6, 001:49).
            return false;
        }
        var previousText = previous.Source.Trimmed;
        var ended = LineClassifier.EndsSentence(previousText);
        if (
            isFirst
            && paragraph.LineCount == 1
            && !ended
            && LineClassifier.IsTitleCased(previousText)
        )
        {
            // A headline above a hard-wrapped story is as long as a wrapped line but is not one.
            return false;
        }
        if (line.Kind != LineKind.Text)
        {
            // "in January\n— 30,000": a dash carried to the start of a line by the wrap is not a
            // bullet or an attribution when the line before stops mid-sentence.
            return line.StartsWithDash && !ended;
        }
        if (!ended)
        {
            return true;
        }
        var content = line.Source.Trimmed;
        if (char.IsLower(content[0]))
        {
            return true;
        }
        if (line.Source.Width < 0.6 * w && LineClassifier.IsHeadingLike(content))
        {
            // A short line without punctuation after a finished sentence is a heading: the last
            // line of a paragraph would end with punctuation.
            return false;
        }
        if (line.Source.StartsWithWhitespace)
        {
            // seeds/001:50 " Not only does …": an indented line after a finished sentence opens a
            // paragraph even without a blank line before it.
            return false;
        }
        // A line filled to the width that happens to end a sentence was cut by the wrap, not by
        // the writer (seeds/001:54–55, Sikorski's two sentences of one paragraph).
        return previous.Source.Width >= 0.8 * w;
    }

    /// <summary>
    /// The headline: the first paragraph when it is a single line that reads like a title, e.g.
    /// seeds/004:1. A short section heading ("Key Facts", seeds/002:1) or body text is not one, unless
    /// the article's link comes right after it, as in the files /add-article saves (headline, link, date),
    /// where a headline of a word or three is still the headline.
    /// </summary>
    private static int FindHeadline(
        List<(ParagraphBuilder Builder, ParagraphKind Kind)> drafts,
        List<NoiseLine> noise
    )
    {
        if (drafts.Count == 0)
        {
            return -1;
        }
        var (builder, kind) = drafts[0];
        if (kind is not (ParagraphKind.Body or ParagraphKind.Heading) || builder.LineCount != 1)
        {
            return -1;
        }
        var text = builder.Text;
        var words = LineClassifier.CountWords(text);
        var linkFollows = noise.Any(n =>
            n.Kind == NoiseKind.Url
            && n.Line > builder.LastLine.Number
            && (drafts.Count == 1 || n.Line < drafts[1].Builder.FirstLine.Number)
        );
        if (words < (linkFollows ? 1 : 4) || words > 30 || text.Length > 250)
        {
            return -1;
        }
        var last = text.TrimEnd('”', '’', '"', '\'', ')')[^1];
        if (last is '.' or ',' or ';' or ':' or '…' or '-' or '—')
        {
            return -1;
        }
        // A title over a list ("What You Need to Know" then bullets) is a section heading.
        return drafts.Count > 1 && drafts[1].Kind == ParagraphKind.ListItem ? -1 : 0;
    }

    /// <summary>The dateline opening one of the first body paragraphs (seeds/001:4, 004:3).</summary>
    private static string? FindDateline(List<Paragraph> paragraphs) =>
        paragraphs
            .Where(p => p.Kind == ParagraphKind.Body)
            .Take(2)
            .Select(p => DatelineDetector.Detect(p.Text))
            .FirstOrDefault(d => d is not null);
}
