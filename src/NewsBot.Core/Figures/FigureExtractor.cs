using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Extracts every figure of interest of an article: each number (or range) that counts something, with
/// its normalised value, unit, measure, period, qualifier, claimant, the sentence it is in and the file
/// line where its text starts. Pure and allocation-light: it runs once per article at indexing time.
/// </summary>
public sealed partial class FigureExtractor
{
    private const string CountUnit = "count";

    public IReadOnlyList<Figure> Extract(Article article)
    {
        var text = new ArticleText(article);
        return Extract(text, new QuoteExtractor().Read(text));
    }

    /// <summary>The figures of an article read once, their claimants from its attribution (the speakers /who-said names).</summary>
    internal IReadOnlyList<Figure> Extract(ArticleText text, ArticleAttribution attribution)
    {
        var figures = new List<Figure>();
        var flat = text.Views.SelectMany(v => v.SplitSentences).ToList();
        var flatIndex = 0;
        foreach (var view in text.Views)
        {
            var sentences = view.SplitSentences;
            for (var s = 0; s < sentences.Count; s++, flatIndex++)
            {
                var sentence = sentences[s];
                var bounds = view.SentenceSpans[s];
                ExtractSentence(
                    text.Article,
                    view.Paragraph,
                    sentence,
                    () => ContextOf(flat, flatIndex),
                    offset => attribution.ClaimantAt(view, bounds, sentence.Start + offset),
                    figures
                );
            }
        }
        return figures;
    }

    /// <summary>The two sentences before and the one after, across paragraph breaks (002 has one paragraph per line).</summary>
    private static string? ContextOf(List<Sentence> flat, int index)
    {
        var parts = new List<string>(3);
        for (var i = Math.Max(0, index - 2); i <= Math.Min(flat.Count - 1, index + 1); i++)
        {
            if (i != index)
            {
                parts.Add(flat[i].Text);
            }
        }
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static void ExtractSentence(
        Article article,
        Paragraph paragraph,
        Sentence sentence,
        Func<string?> contextOf,
        Func<int, string?> claimantAt,
        List<Figure> figures
    )
    {
        var text = sentence.Text;
        var spans = RangeParser.Join(text, NumberScanner.Scan(text));
        if (spans.Count == 0)
        {
            return;
        }
        var periods = PeriodDetector.FindAll(text);
        // Joined only for the sentences that have figures: most have none.
        var context = contextOf();
        Figure? previous = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var segmentStart = i == 0 ? 0 : Boundary(text, spans[i - 1].End, span.Start);
            var segmentEnd =
                i + 1 < spans.Count ? Boundary(text, span.End, spans[i + 1].Start) : text.Length;
            var reading = MeasureFinder.Read(text, span.End, segmentEnd, periods);
            var unit =
                span.Currency
                ?? span.Percent switch
                {
                    PercentKind.Percent => "percent",
                    PercentKind.PercentagePoints => "percentage points",
                    _ => reading.Unit,
                };
            var measure = reading.Measure;
            if (
                span.Currency is not null
                && measure.StartsWith("in ", StringComparison.OrdinalIgnoreCase)
            )
            {
                measure = measure[3..];
            }
            if (
                unit is null
                && previous is not null
                && FigureUnits.KindOf(previous.Unit)
                    is not (UnitKind.Percent or UnitKind.PercentagePoints or UnitKind.Currency)
            )
            {
                // Elliptical figures take the noun of the one before: "35,000 soldiers in December and 30,000 in January" (003:2).
                unit = previous.Unit;
                measure = measure.Length > 0 ? measure : previous.Measure;
            }
            if (
                unit is null
                && reading.Unit is null
                && (span.IsQualitative || IsWordNumber(text, span))
            )
            {
                continue; // "the two met": a spelled-out number that counts nothing named
            }
            if (measure.Length == 0)
            {
                measure = MeasureFinder.WordsBefore(
                    text,
                    segmentStart,
                    QualifierStart(text, span.Start),
                    4
                );
            }
            if (measure.Length == 0 && previous is not null)
            {
                measure = previous.Measure; // a conversion in brackets: "629 billion roubles ($6.9 billion)"
            }
            var period = Nearest(periods, segmentStart, segmentEnd, span);
            var qualifier = QualifierDetector.Before(text, span.Start);
            var value = span.Value;
            var low = span.Low;
            var high = span.High;
            if (span.Currency is not null || span.Percent != PercentKind.None)
            {
                if (QualifierDetector.IsDecrease(text, span.Start))
                {
                    (value, low, high) = (-value, -high, -low);
                }
            }
            var figure = new Figure(
                value,
                low,
                high,
                unit ?? CountUnit,
                text[span.Start..span.End],
                measure,
                period?.Text,
                qualifier,
                claimantAt(span.Start),
                text,
                article.SourceAt(paragraph, sentence.Start + FirstDigit(text, span))
            )
            {
                IsQualitative = span.IsQualitative,
                Context = context,
            };
            figures.Add(figure);
            previous = figure;
        }
    }

    /// <summary>Where one figure's clause ends and the next one's begins: the first comma, dash or "and" between them.</summary>
    private static int Boundary(string text, int from, int to)
    {
        var gap = text[from..to];
        var match = ClauseBoundary().Match(gap);
        if (match.Success)
        {
            return from + match.Index;
        }
        // No clause break: split at the space nearest the middle so that no word is cut in two.
        var middle = gap.Length / 2;
        var space = gap.LastIndexOf(' ', middle);
        return from + (space >= 0 ? space : middle);
    }

    private static DetectedPeriod? Nearest(
        IReadOnlyList<DetectedPeriod> periods,
        int segmentStart,
        int segmentEnd,
        NumberSpan span
    )
    {
        DetectedPeriod? best = null;
        var bestDistance = int.MaxValue;
        foreach (var period in periods)
        {
            if (
                period.Start < segmentStart
                || period.End > segmentEnd
                || (period.Start < span.End && span.Start < period.End)
            )
            {
                continue;
            }
            var distance =
                period.End <= span.Start ? span.Start - period.End : period.Start - span.End;
            if (distance < bestDistance || (distance == bestDistance && period.Start >= span.End))
            {
                best = period;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int QualifierStart(string text, int start)
    {
        var match = QualifierTail().Match(TextWindow.Before(text, start));
        return match.Success ? match.Index : start;
    }

    private static int FirstDigit(string text, NumberSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return i;
            }
        }
        return span.Start;
    }

    private static bool IsWordNumber(string text, NumberSpan span) =>
        !text.AsSpan(span.Start, span.End - span.Start).ContainsAnyInRange('0', '9');

    [GeneratedRegex(@"\s*(?:[,;:—–]|\s(?:and|but|while|whereas)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(
        @"(?:\b(?:more|less|fewer)\s+than|\b(?:over|about|around|approximately|roughly|nearly|almost|some|estimated|averaging|an\s+estimated|an\s+average\s+of|up\s+to|at\s+least))\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex QualifierTail();
}
