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
        _scoreUnit = null;
        var figures = new List<Figure>();
        var opening = OpeningOf(text);
        var flat = text.Views.SelectMany(v => v.SplitSentences).ToList();
        var flatIndex = 0;
        foreach (var view in text.Views)
        {
            var sentences = view.SplitSentences;
            for (var s = 0; s < sentences.Count; s++, flatIndex++)
            {
                var sentence = sentences[s];
                var bounds = view.SentenceSpans[s];
                var spans = RangeParser.Join(sentence.Text, NumberScanner.Scan(sentence.Text));
                string? contextOf() => ContextOf(flat, opening, flatIndex);
                string? claimantAt(int offset) =>
                    attribution.ClaimantAt(view, bounds, sentence.Start + offset);
                ExtractCounts(
                    text.Article,
                    view.Paragraph,
                    sentence,
                    spans,
                    contextOf,
                    claimantAt,
                    text.Cast.GivesInFull,
                    () => flatIndex > 0 ? AgeDetector.SubjectOf(flat[flatIndex - 1].Text) : null,
                    figures
                );
                // Years and ranks after the counts: a number read as a count is not read again.
                ExtractYearsAndRanks(
                    text.Article,
                    view.Paragraph,
                    sentence,
                    spans,
                    contextOf,
                    claimantAt,
                    figures
                );
            }
        }
        return figures;
    }

    /// <summary>
    /// The headline and the lede, then the two sentences before and the one after, across paragraph breaks (002 has one
    /// paragraph per line): the opening names the topic a sentence leaves out ("the new coronavirus", eval 302:1).
    /// </summary>
    private static string? ContextOf(List<Sentence> flat, IReadOnlyList<string> opening, int index)
    {
        var parts = new List<string>(5);
        var window = new List<string>(3);
        for (var i = Math.Max(0, index - 2); i <= Math.Min(flat.Count - 1, index + 1); i++)
        {
            window.Add(flat[i].Text);
        }
        parts.AddRange(opening.Where(o => !window.Contains(o)));
        parts.AddRange(window.Where(w => w != flat[index].Text));
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>The headline and the first sentence of the first paragraph of running text: the article's topic.</summary>
    private static List<string> OpeningOf(ArticleText text)
    {
        var opening = new List<string>(2);
        if (text.Article.Headline is { } headline)
        {
            opening.Add(headline);
        }
        var lede = text.Views.FirstOrDefault(v =>
            v.Paragraph.Kind == ParagraphKind.Body && v.SplitSentences.Count > 0
        );
        if (lede is not null)
        {
            opening.Add(lede.SplitSentences[0].Text);
        }
        return opening;
    }

    /// <summary>What one number of a sentence is, before the numbers around it lend it what it leaves out.</summary>
    private sealed class Draft(NumberSpan span)
    {
        public NumberSpan Span { get; } = span;
        public FigureKind Kind { get; set; } = FigureKind.Count;
        public string? Unit { get; set; }
        public string Measure { get; set; } = "";
        public bool IsChange { get; set; }
        public bool IsFall { get; set; }
        public bool Skip { get; set; }

        /// <summary>What a list of figures measures, said once before its first item ("overall mortality rates").</summary>
        public string? ListHead { get; set; }
    }

    /// <summary>
    /// The years that date something ("founded in 1869") and the ordinals written as words that rank something ("the
    /// fourth ballot"): they answer "what year" and "which ballot", never "how many". A number already read as a
    /// count, an amount or a digit ordinal is not read again.
    /// </summary>
    private static void ExtractYearsAndRanks(
        Article article,
        Paragraph paragraph,
        Sentence sentence,
        IReadOnlyList<NumberSpan> spans,
        Func<string?> contextOf,
        Func<int, string?> claimantAt,
        List<Figure> figures
    )
    {
        var text = sentence.Text;
        var found =
            new List<(
                int Start,
                int End,
                int Value,
                string Unit,
                string Measure,
                FigureKind Kind
            )>();
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            found.AddRange(
                YearReader
                    .Find(text)
                    .Select(y => (y.Start, y.End, y.Value, YearUnit, y.Event, FigureKind.Year))
            );
        }
        found.AddRange(
            RankReader
                .Find(text)
                .Select(r => (r.Start, r.End, r.Value, RankUnit, r.Ranked, FigureKind.Ordinal))
        );
        found.RemoveAll(f => spans.Any(s => s.Start < f.End && f.Start < s.End));
        if (found.Count == 0)
        {
            return;
        }
        var context = contextOf();
        foreach (var (start, end, value, unit, measure, kind) in found.OrderBy(f => f.Start))
        {
            figures.Add(
                new Figure(
                    value,
                    null,
                    null,
                    unit,
                    text[start..end],
                    measure,
                    null,
                    null,
                    claimantAt(start),
                    text,
                    article.SourceAt(paragraph, sentence.Start + start)
                )
                {
                    Kind = kind,
                    Context = context,
                }
            );
        }
    }

    /// <summary>The unit of a year that dates something.</summary>
    internal const string YearUnit = "year";

    /// <summary>The unit of a position in an order; its measure is what is ranked ("ballot", "named storm").</summary>
    internal const string RankUnit = "rank";

    private void ExtractCounts(
        Article article,
        Paragraph paragraph,
        Sentence sentence,
        IReadOnlyList<NumberSpan> spans,
        Func<string?> contextOf,
        Func<int, string?> claimantAt,
        Func<string, bool> isKnownName,
        Func<string?> previousSubject,
        List<Figure> figures
    )
    {
        var text = sentence.Text;
        if (spans.Count == 0 || spans.All(s => s.IsVague))
        {
            return;
        }
        var periods = PeriodDetector.FindAll(text);
        var drafts = new List<Draft>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var segmentStart =
                i == 0 ? 0 : Boundary(text, spans[i - 1].End, spans[i].Start, periods);
            var segmentEnd =
                i + 1 < spans.Count
                    ? Boundary(text, spans[i].End, spans[i + 1].Start, periods)
                    : text.Length;
            drafts.Add(
                Read(
                    article,
                    text,
                    spans,
                    i,
                    segmentStart,
                    segmentEnd,
                    periods,
                    isKnownName,
                    previousSubject
                )
            );
        }
        LendAcrossLists(text, drafts);
        var owners = ListOwners.Find(text, spans);
        // Joined only for the sentences that have figures: most have none.
        var context = contextOf();
        Draft? previous = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var span = draft.Span;
            if (draft.Skip || span.IsVague)
            {
                continue; // "thousands more wounded" is not a number to compute with
            }
            var segmentStart = i == 0 ? 0 : Boundary(text, spans[i - 1].End, span.Start, periods);
            var segmentEnd =
                i + 1 < spans.Count
                    ? Boundary(text, span.End, spans[i + 1].Start, periods)
                    : text.Length;
            if (
                draft.Kind == FigureKind.Count
                && draft.Unit is null
                && previous is { Kind: FigureKind.Count or FigureKind.Measurement, Unit: not null }
            )
            {
                // Elliptical figures take the noun of the one before: "35,000 soldiers in December and 30,000 in January" (003:2).
                draft.Unit = previous.Unit;
                draft.Kind = previous.Kind;
                draft.Measure = draft.Measure.Length > 0 ? draft.Measure : previous.Measure;
            }
            if (draft.Kind == FigureKind.Count && draft.Unit is null && span.IsWords)
            {
                continue; // "the two met": a spelled-out number that counts nothing named
            }
            if (draft.IsChange)
            {
                var subject =
                    draft.Measure.Length > 0 ? draft.Measure
                    : previous is not null && !previous.IsChange ? previous.Measure
                    : "";
                draft.Measure = $"{(draft.IsFall ? "fall" : "rise")} in {subject}"
                    .TrimEnd()
                    .Replace(" in in ", " in ", StringComparison.Ordinal);
            }
            if (draft.Measure.Length == 0 && previous is not null && InBrackets(text, span.Start))
            {
                draft.Measure = previous.Measure; // a conversion in brackets: "629 billion roubles ($6.9 billion)"
            }
            // Words taken from before the number are the clause that leads to it, never a list item's "for whom".
            var fromBefore = draft.Measure.Length == 0;
            if (fromBefore)
            {
                draft.Measure = MeasureFinder.WordsBefore(
                    text,
                    segmentStart,
                    QualifierStart(text, span.Start),
                    4
                );
            }
            // Nothing of its own, or only the word joining it to the figure before ("50.1 to 42.9 percent").
            if (previous is not null && ConnectorOnly().IsMatch(draft.Measure))
            {
                draft.Measure = previous.Measure; // a conversion in brackets: "629 billion roubles ($6.9 billion)"
            }
            // "The overall mortality rates were 49% for patients treated with ZMapp, 53% for remdesivir, 29% for
            // REGN-EB3": an item that only says whom it is for takes what the list measures.
            if (
                draft.Kind is FigureKind.Percent or FigureKind.Money or FigureKind.Count
                && !fromBefore
                && LeadingPreposition().IsMatch(draft.Measure)
            )
            {
                var head = MeasureFinder.WordsBefore(
                    text,
                    segmentStart,
                    QualifierStart(text, span.Start),
                    4
                );
                if (head.Length == 0 && previous?.Kind == draft.Kind)
                {
                    head = previous.ListHead ?? "";
                }
                head = LeadingArticle().Replace(head, "");
                if (head.Length > 0)
                {
                    draft.ListHead = head;
                    draft.Measure = $"{head} {draft.Measure}";
                }
            }
            if (owners.TryGetValue(i, out var owner))
            {
                draft.Measure =
                    draft.Kind == FigureKind.Age
                        ? $"age of {owner}"
                        : $"{draft.Measure} for {owner}";
            }
            var period = draft.Kind is FigureKind.Age or FigureKind.Duration or FigureKind.Ordinal
                ? null
                : Nearest(periods, segmentStart, segmentEnd, span);
            var value = span.Value;
            var low = span.Low;
            var high = span.High;
            if (draft.IsFall)
            {
                (value, low, high) = (-value, -high, -low);
            }
            figures.Add(
                new Figure(
                    value,
                    low,
                    high,
                    draft.Unit ?? CountUnit,
                    text[span.Start..span.End],
                    draft.Measure,
                    period?.Text,
                    QualifierDetector.Before(text, span.Start),
                    claimantAt(span.Start),
                    text,
                    article.SourceAt(paragraph, sentence.Start + FirstDigit(text, span))
                )
                {
                    Kind = draft.Kind,
                    IsChange = draft.IsChange,
                    IsMovement = span.IsMovement,
                    Context = context,
                }
            );
            previous = draft;
        }
    }

    /// <summary>Reads one number: its kind, its unit and what it measures, from the words around it.</summary>
    private Draft Read(
        Article article,
        string text,
        IReadOnlyList<NumberSpan> spans,
        int index,
        int segmentStart,
        int segmentEnd,
        IReadOnlyList<DetectedPeriod> periods,
        Func<string, bool> isKnownName,
        Func<string?> previousSubject
    )
    {
        var span = spans[index];
        var draft = new Draft(span);
        var reading = MeasureFinder.Read(text, span.End, segmentEnd, periods, span.Value == 1);
        var next = FirstWordAfter(text, span.End);
        draft.Measure = reading.Measure;
        // "Inspectors have checked more than 1,200 homes": a count with nothing after its noun reads "homes checked".
        if (
            reading.Measure.Length > 0
            && reading.Measure == reading.NounPhrase
            && span.Currency is null
            && MeasureFinder.PastVerbBefore(text, span.Start) is { } verb
        )
        {
            draft.Measure = $"{reading.Measure} {verb}";
        }
        // "US$80 million per astronaut": a rate over something counted is what the amount measures.
        if (
            draft.Measure.Length == 0
            && PerNounAfter().Match(TextWindow.After(text, span.End)) is { Success: true } per
        )
        {
            draft.Measure = per.Value.Trim();
        }
        if (span.TallySide is { } side)
        {
            var first = side == 0 ? span : spans[index - 1];
            var second = side == 0 ? spans[index + 1] : span;
            // "45 points to 24": the tally names its unit; else a vote, else the article's sport.
            var unit =
                TallyUnit().Match(text[first.End..second.Start]) is { Success: true } named
                    ? Plural(named.Value.ToLowerInvariant())
                : VoteWords().IsMatch(text) ? "votes"
                : ScoreUnitOf(article);
            var (ofFirst, ofSecond) = ScoreSides.Measures(text, first, second, unit);
            draft.Kind = FigureKind.Score;
            draft.Unit = unit;
            draft.Measure = side == 0 ? ofFirst : ofSecond;
            return draft;
        }
        if (span.Currency is not null)
        {
            draft.Kind = FigureKind.Money;
            draft.Unit = span.Currency;
            // "€20,000 (£17,500; US$22,900) in compensation" (eval 308:17): the measure is after the conversions.
            if (
                draft.Measure.Length == 0
                && BracketAfter().Match(TextWindow.After(text, span.End))
                    is { Success: true } bracket
            )
            {
                draft.Measure = MeasureFinder
                    .Read(text, span.End + bracket.Length, text.Length, periods)
                    .Measure;
            }
            if (draft.Measure.StartsWith("in ", StringComparison.OrdinalIgnoreCase))
            {
                draft.Measure = draft.Measure[3..];
            }
        }
        else if (span.Percent != PercentKind.None)
        {
            draft.Kind = FigureKind.Percent;
            draft.Unit = span.Percent == PercentKind.Percent ? "percent" : "percentage points";
        }
        else if (span.IsOrdinal)
        {
            // "the 62nd minute": the position's noun is its measure; the names after it are the sentence's.
            draft.Kind = FigureKind.Ordinal;
            draft.Unit = RankUnit;
            draft.Measure = OrdinalNoun(reading.NounPhrase) ?? "place";
            return draft;
        }
        else if (AgeDetector.IsAge(text, span, isKnownName))
        {
            draft.Kind = FigureKind.Age;
            draft.Unit = "years old";
            // "a 67-year-old shepherd", "23-year-old Louis De Zoysa": the age is of the noun after it.
            draft.Measure =
                span.Compound is not null && reading.NounPhrase.Length > 0
                    ? $"age of {NounHead(reading.NounPhrase)}"
                    : AgeDetector.Measure(text, span, previousSubject());
            return draft;
        }
        else if (span.Compound is { } compound)
        {
            var head = compound.Split('-')[0];
            if (FigureUnits.IsTime(head))
            {
                // The noun the compound qualifies is what lasts: "a three-week trial", not the clause after it.
                draft.Measure =
                    reading.NounPhrase.Length > 0 ? reading.NounPhrase : reading.Measure;
                // "a nine-year war", "a 60-minute window", "seven-year prison terms"
                draft.Kind = FigureKind.Duration;
                draft.Unit = FigureUnits.PluralTime(head);
            }
            else
            {
                // "a 25-room home" counts rooms; its measure keeps the whole noun phrase ("room home"), a rate
                // included ("the four-pack per transaction restriction", eval 307:7).
                var tail = reading.NounPhrase;
                if (
                    tail.Length == 0
                    && PerAfter().Match(TextWindow.After(text, span.End))
                        is { Success: true } perWord
                )
                {
                    var rest = MeasureFinder
                        .Read(text, span.End + perWord.Length, segmentEnd, periods)
                        .Measure;
                    tail = rest.Length > 0 ? $"per {rest}" : "";
                }
                draft.Unit = Plural(compound);
                draft.Measure = $"{compound} {tail}".Trim();
                // "a 6.1-inch display", "a 75-mile drive": a unit of measure, not a count of inches.
                if (
                    UnitsOfMeasure.After(compound, glued: true) is { } unit
                    && unit.Length == compound.Length
                )
                {
                    draft.Kind = FigureKind.Measurement;
                    draft.Unit = unit.Name;
                }
            }
            return draft;
        }
        else if (next is not null && FigureUnits.IsTime(next) && char.IsUpper(next[0]))
        {
            draft.Skip = true; // "a 60 Minutes interview" names a programme
            return draft;
        }
        else if (next is not null && FigureUnits.IsTime(next))
        {
            // "for 37 years", "one to four months": what lasted is after the unit or, failing that, the clause before.
            draft.Kind = FigureKind.Duration;
            draft.Unit = FigureUnits.PluralTime(next);
            // "nine years of fighting", "three years in prison"; "four months at the station" says where, not what.
            var rest = TimeRest().Match(reading.Measure);
            draft.Measure =
                rest.Success && rest.Length < reading.Measure.Length
                    ? reading.Measure[rest.Length..]
                    : WhatLasted(text, segmentStart, span.Start);
            return draft;
        }
        else if (span.MeasureUnit is { } time && UnitsOfMeasure.IsTime(time))
        {
            // "25 – 40min": a length of time written with a symbol.
            draft.Kind = FigureKind.Duration;
            draft.Unit = FigureUnits.PluralTime(time);
            draft.Measure = WhatLasted(text, segmentStart, span.Start);
            return draft;
        }
        else if (
            (
                span.MeasureUnit is { } glued
                    ? new UnitOfMeasure(glued, 0)
                    : UnitsOfMeasure.After(TextWindow.After(text, span.End), glued: false)
            ) is
            { } unit
        )
        {
            if (
                LocationBefore().IsMatch(TextWindow.Before(text, span.Start))
                || LocationAfter().IsMatch(TextWindow.After(text, span.End))
            )
            {
                draft.Skip = true; // "within 800 metres of the school" says where, not how much
                return draft;
            }
            draft.Kind = UnitsOfMeasure.IsCoin(unit.Name)
                ? FigureKind.Money
                : FigureKind.Measurement;
            draft.Unit = unit.Name;
            // "five miles (eight kilometers) from the border crossing": what is measured follows the unit and any
            // conversion in brackets.
            var measuredFrom = span.End + unit.Length;
            if (
                BracketAfter().Match(TextWindow.After(text, measuredFrom)) is
                { Success: true } conversion
            )
            {
                measuredFrom += conversion.Length;
            }
            var measured = MeasureFinder.Read(text, measuredFrom, text.Length, periods).Measure;
            draft.Measure =
                measured.Length > 0 ? measured : WhatLasted(text, segmentStart, span.Start);
            // "fares went up 20 cents", "the river rose 2 metres": a coin or a unit moves as a share does.
            ReadChange(draft, text, segmentStart, periods);
            return draft;
        }
        else
        {
            draft.Unit = reading.Unit;
        }
        // A count changes only "by" a number ("fell by 20,000"); "lost 35,000 soldiers" is a level.
        if (
            draft.Kind != FigureKind.Count
            || RangeParser.IsAfterBy(TextWindow.Before(text, draft.Span.Start))
        )
        {
            ReadChange(draft, text, segmentStart, periods);
        }
        return draft;
    }

    /// <summary>Marks a figure governed by a verb of change ("rose 3%", "down 45 p") as a rise or a fall.</summary>
    private static void ReadChange(
        Draft draft,
        string text,
        int segmentStart,
        IReadOnlyList<DetectedPeriod> periods
    )
    {
        if (draft.Span.IsMovement)
        {
            return; // "rose from 240 to 273" gives where it ended, not by how much
        }
        var start = draft.Span.Start;
        // "shares lost 3.5%": only a share is lost as a fall; "lost $5 million" and "lost 300 jobs" are amounts.
        if (
            QualifierDetector.ChangeBefore(
                text,
                start,
                lossIsFall: draft.Kind == FigureKind.Percent
            )
            is not { } change
        )
        {
            return;
        }
        draft.IsChange = true;
        draft.IsFall = change.IsFall;
        if (draft.Measure.Length == 0 || PeriodOnly(draft.Measure, periods))
        {
            draft.Measure = MeasureFinder.WordsBefore(text, segmentStart, change.Start, 4);
        }
    }

    /// <summary>
    /// "two and one package": a number of a list with no noun of its own takes the noun of the next one, so that
    /// the first number counts packages too (eval 307:5); ages in a list ("40 and 49") already know what they are.
    /// </summary>
    private static void LendAcrossLists(string text, List<Draft> drafts)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var draft = drafts[i];
            var next = drafts[i + 1];
            if (
                draft.Kind == FigureKind.Count
                && draft.Span.TallySide is null
                && (draft.Unit is null || ListStart().IsMatch(draft.Measure))
                && next.Unit is not null
                && next.Kind
                    is FigureKind.Count
                        or FigureKind.Duration
                        or FigureKind.Measurement
                        or FigureKind.Age
                && ListOwners.IsListGap(text[draft.Span.End..next.Span.Start])
            )
            {
                draft.Kind = next.Kind;
                draft.Unit = next.Unit;
                draft.Measure = next.Measure;
            }
        }
    }

    /// <summary>The clause a length of time belongs to: "Mugabe ruled Zimbabwe … for 37 years" (eval 300:11).</summary>
    private static string WhatLasted(string text, int segmentStart, int start)
    {
        var own = MeasureFinder.WordsBefore(text, segmentStart, start, 6);
        var words = own.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && FunctionWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        while (words.Count > 0 && FunctionWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count >= 1)
        {
            return string.Join(' ', words);
        }
        var firstClause = FirstClause().Match(text);
        return firstClause.Success ? firstClause.Value.Trim() : string.Join(' ', words);
    }

    /// <summary>
    /// The head of a noun phrase read after a number: "shepherd" of "shepherd found the lamb", the name of
    /// "Louis De Zoysa was arrested".
    /// </summary>
    private static string NounHead(string nounPhrase)
    {
        var words = nounPhrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!char.IsUpper(words[0][0]))
        {
            return words[0];
        }
        return string.Join(' ', words.TakeWhile(w => char.IsUpper(w[0])).Take(4));
    }

    /// <summary>True when an opening bracket before the offset is not closed before it.</summary>
    private static bool InBrackets(string text, int offset)
    {
        var open = text.LastIndexOf('(', Math.Max(0, offset - 1));
        return open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close > offset);
    }

    /// <summary>The noun of a position: "minute" of "the 62nd minute", "district" of "the 6th congressional district".</summary>
    private static string? OrdinalNoun(string nounPhrase)
    {
        foreach (var word in nounPhrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "anniversary" ends as an adjective does, and is what the ordinal ranks.
            if (!AdjectiveEnding().IsMatch(word) || Lexicon.RankNouns.Contains(word))
            {
                return word.ToLowerInvariant();
            }
        }
        return null;
    }

    private static bool PeriodOnly(string measure, IReadOnlyList<DetectedPeriod> periods) =>
        periods.Any(p => measure.Equals(p.Text, StringComparison.OrdinalIgnoreCase));

    private static string? FirstWordAfter(string text, int end)
    {
        var match = WordAfter().Match(TextWindow.After(text, end));
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string Plural(string noun)
    {
        var last = noun.Split('-')[^1];
        return last switch
        {
            _ when last.EndsWith('s') => noun,
            "person" => "people",
            "man" => "men",
            "woman" => "women",
            "child" => "children",
            _ when last.EndsWith('y') && last.Length > 2 && !"aeiou".Contains(last[^2]) => noun[
                ..^1
            ] + "ies",
            _ => noun + "s",
        };
    }

    /// <summary>Whether the article's scores are goals, runs or points, from the words it uses most.</summary>
    private string ScoreUnitOf(Article article)
    {
        if (_scoreUnit is not null)
        {
            return _scoreUnit;
        }
        var goals = 0;
        var runs = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            goals += GoalWords().Count(paragraph.Text);
            runs += RunWords().Count(paragraph.Text);
        }
        _scoreUnit =
            goals > 0 && goals >= runs ? "goals"
            : runs > 0 ? "runs"
            : "points";
        return _scoreUnit;
    }

    private string? _scoreUnit;

    private static readonly HashSet<string> FunctionWords = Lexicon.Load("measure-edge-words");

    /// <summary>Where one figure's clause ends and the next one's begins: the first comma, dash or "and" between them.</summary>
    private static int Boundary(
        string text,
        int from,
        int to,
        IReadOnlyList<DetectedPeriod> periods
    )
    {
        var gap = text[from..to];
        var match = ClauseBoundary().Match(gap);
        if (match.Success)
        {
            return from + match.Index;
        }
        // No clause break: split before a period that holds the next number ("15,000 soldiers | in nine years"), else
        // at the space nearest the middle so that no word is cut in two.
        foreach (var period in periods)
        {
            if (period.Start > from && period.Start < to && period.End > to)
            {
                return period.Start;
            }
        }
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
            // A period may run past the segment when it holds the next number: "lost 15,000 soldiers | in nine years".
            if (
                period.Start < segmentStart
                || period.Start > segmentEnd
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

    [GeneratedRegex(
        @"\b(?:vote|votes|voted|voting|ballots?|electoral|delegates)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex VoteWords();

    [GeneratedRegex(@"\bgoals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalWords();

    [GeneratedRegex(
        @"\b(?:innings|wickets?|batting|bowled|inning|homers?|home\s+runs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex RunWords();

    [GeneratedRegex(@"^[\s,]*(?:-\s*)?([\p{L}][\p{L}/]*)", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"^\S+\s+(?:of|in)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRest();

    [GeneratedRegex(
        @"\bwithin\s+(?:(?:about|around|some|roughly|nearly|just)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex LocationBefore();

    [GeneratedRegex(
        @"^\s+\S+\s+(?:\(\S+\s+\S+\)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|off|outside|inland)\s+of\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex LocationAfter();

    [GeneratedRegex(@"(?:al|ic|ive|ous|ary|ern|ese|ian|ish)$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"^\s+per\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerAfter();

    [GeneratedRegex(
        @"\b(?:vote|point|goal|run)(?=s?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex TallyUnit();

    [GeneratedRegex(@"^\s+per\s+\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex PerNounAfter();

    [GeneratedRegex(@"^\s*\([^()]{1,80}\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketAfter();

    [GeneratedRegex(@"^(?:and|or|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListStart();

    [GeneratedRegex(@"^[^,;:—–()]{3,80}", RegexOptions.CultureInvariant)]
    private static partial Regex FirstClause();

    [GeneratedRegex(
        @"\b(?:when|which|who|whom|where|while|because|after|before|if|although|though|until|whereas)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex SubordinateClause();

    [GeneratedRegex(
        @"\s*(?:[,;:—–]|\s(?:and|or|but|while|whereas)\s)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(
        @"^(?:(?:and|or|to|than|from|of)\b\s*)*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ConnectorOnly();

    [GeneratedRegex(@"^(?:for|among|in|with|at)\s", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(
        @"(?:\b(?:more|less|fewer)\s+than|\b(?:over|about|around|approximately|roughly|nearly|almost|some|estimated|averaging|an\s+estimated|an\s+average\s+of|up\s+to|at\s+least))\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex QualifierTail();
}
