using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Reported speech, outside quotation marks: `X said (that) …`, `X revealed that …`, `X warned …`,
/// `…, stating that …` after the sentence's subject, `according to X, …`, `…, according to X.` and
/// `…, X told The Moscow Times.` (001_…txt lines 4–6). The clause is what was said.
/// </summary>
internal sealed partial class ReportedSpeechFinder(MentionResolver mentions)
{
    private const int MinClauseWords = 3;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "for",
        "of",
        "during",
        "after",
        "before",
        "about",
        "from",
        "as",
        "over",
        "it",
    };

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "there",
        "this",
        "these",
        "those",
        "it",
    };

    // A dateline opens a lede: "MUNICH, Germany — ", "BRUSSELS, Belgium (AP) — " (001_…txt line 4, 004_…txt line 3).
    [GeneratedRegex(
        @"^\p{Lu}[\p{Lu}\s.'-]{1,40}(?:,\s[\p{L}\s.]{1,40})?(?:\s\([\p{L}\s]{1,20}\))?\s[—–-]{1,2}\s"
    )]
    private static partial Regex Dateline();

    public List<ReportedStatement> Find(ParagraphView view)
    {
        var found = new List<ReportedStatement>();
        foreach (var (start, end) in view.Sentences)
        {
            var first = view.WordAtOrAfter(start);
            var last = view.WordAtOrAfter(end) - 1;
            var statement = FindInSentence(view, start, end, first, last);
            if (statement is not null)
            {
                found.Add(statement);
            }
        }
        return found;
    }

    private ReportedStatement? FindInSentence(
        ParagraphView view,
        int start,
        int end,
        int first,
        int last
    )
    {
        for (var k = first; k <= last; k++)
        {
            if (view.IsQuoted(k))
            {
                continue;
            }
            var word = view.Words[k].Text;
            if (
                word is "According" or "according"
                && k + 2 <= last
                && view.Words[k + 1].Text == "to"
            )
            {
                var statement = AccordingTo(view, start, end, k);
                if (statement is not null)
                {
                    return statement;
                }
                continue;
            }
            if (!SpeakerMentions.IsSpeechVerb(view, k))
            {
                continue;
            }
            var found =
                SpeakerThenClause(view, start, end, first, last, k)
                ?? ClauseThenSpeaker(view, start, end, first, last, k);
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>`X said (that) …`, `X revealed that …`, `… and said …`, `…, stating that …`.</summary>
    private ReportedStatement? SpeakerThenClause(
        ParagraphView view,
        int start,
        int end,
        int first,
        int last,
        int verb
    )
    {
        var mention = SpeakerMentions.SubjectDirectlyBefore(view, verb, first);
        if (mention is null)
        {
            var before = verb - 1;
            var isCoordinated =
                before >= first
                && (
                    view.Words[before].Text == "and"
                    || view.Text[view.Words[before].End..view.Words[verb].Start].Contains(',')
                );
            if (!isCoordinated)
            {
                return null;
            }
            mention = view.Mentions.FirstOrDefault(m => m.FirstWord >= first && m.EndWord <= verb);
            if (mention is null)
            {
                return null;
            }
        }
        var k = verb + 1;
        if (k > last || !view.AreAdjacent(verb, k))
        {
            return null;
        }
        var text = view.Words[verb].Text;
        if (Lexicon.ListenerVerbs.Contains(text))
        {
            // "told a news conference" has no clause after it; only "told a news conference that …" has.
            if (k <= last && view.Words[k].Text is "a" or "an")
            {
                var thatAfterListener = FindThat(view, k, last);
                return thatAfterListener < 0
                    ? null
                    : Statement(view, start, end, thatAfterListener + 1, last, mention);
            }
            k = SkipListener(view, k, last);
        }
        var isBare =
            Lexicon.BareClauseVerbs.Contains(text) && k <= last && view.AreAdjacent(k - 1, k);
        // "stating he saw no evidence that …" (003_…txt line 6): a subject right after the verb opens the clause.
        var that =
            isBare && ClauseSubjects.Contains(view.Words[k].Text) ? -1 : FindThat(view, k, last);
        int clause;
        if (that >= 0)
        {
            clause = that + 1;
        }
        else if (isBare && !Prepositions.Contains(view.Words[k].Text))
        {
            clause = k;
        }
        else
        {
            return null;
        }
        return Statement(view, start, end, clause, last, mention);
    }

    /// <summary>`The Russian people should know …, NATO Secretary General Mark Rutte told The Moscow Times.`</summary>
    private ReportedStatement? ClauseThenSpeaker(
        ParagraphView view,
        int start,
        int end,
        int first,
        int last,
        int verb
    )
    {
        var mention = SpeakerMentions.SubjectDirectlyBefore(view, verb, first);
        if (mention is null || mention.FirstWord <= first)
        {
            return null;
        }
        var beforeMention = view.Text[view.Words[mention.FirstWord - 1].End..mention.Start];
        // The tail after the verb is short up to its first comma: "…, Rantanen said on Thursday, accusing Moscow …".
        var tail = verb + 1;
        while (
            tail <= last
            && view.Text.AsSpan(
                    view.Words[tail - 1].End,
                    view.Words[tail].Start - view.Words[tail - 1].End
                )
                .IndexOfAny(",;:") < 0
        )
        {
            tail++;
        }
        if (!beforeMention.Contains(',') || tail - verb > 7 || FindThat(view, verb + 1, last) >= 0)
        {
            return null;
        }
        var clauseEnd = view.Text.LastIndexOf(',', mention.Start);
        // `"…," Rutte said.` is a direct quote's attribution, not a reported clause.
        if (view.Quotes.Any(q => q.Open < clauseEnd && q.End(view.Text) > start))
        {
            return null;
        }
        return Statement(view, start, end, first, last, mention, endOffset: clauseEnd);
    }

    /// <summary>`According to X, …` and `…, according to X.`</summary>
    private ReportedStatement? AccordingTo(ParagraphView view, int start, int end, int according)
    {
        var mention = view.MentionStartingAt(according + 2);
        if (mention is null)
        {
            return null;
        }
        var first = view.WordAtOrAfter(start);
        var last = view.WordAtOrAfter(end) - 1;
        if (according == first)
        {
            // Skip an appositive: "According to Kateryna Stepanenko, a Russia research fellow at …, Moscow has …" (002_…txt line 36).
            var comma = view.Text.IndexOf(',', mention.End);
            if (comma < 0 || comma >= end)
            {
                return null;
            }
            var afterAppositive = view.Text.IndexOf(',', comma + 1);
            var appositive =
                afterAppositive > 0 && afterAppositive < end
                    ? view.Text[(comma + 1)..afterAppositive]
                    : "";
            if (
                appositive.Length > 0
                && appositive
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Any(w => Lexicon.PersonNouns.Contains(w))
            )
            {
                comma = afterAppositive;
            }
            return Statement(view, start, end, view.WordAtOrAfter(comma), last, mention);
        }
        var clauseEnd = view.Text.LastIndexOf(',', view.Words[according].Start);
        if (clauseEnd < start)
        {
            return null;
        }
        return Statement(view, start, end, first, last, mention, endOffset: clauseEnd);
    }

    private ReportedStatement? Statement(
        ParagraphView view,
        int start,
        int end,
        int firstWord,
        int lastWord,
        Mention mention,
        int endOffset = -1
    )
    {
        if (
            firstWord >= view.Words.Count
            || firstWord > lastWord && endOffset < 0
            || view.IsQuoted(firstWord)
        )
        {
            return null; // a clause opening with a quotation is a direct quote, not reported speech
        }
        var attribution = mentions.Resolve(mention);
        if (attribution is null)
        {
            return null;
        }
        start += DatelineLength(view.Text[start..end]);
        var clauseStart = Math.Max(view.Words[firstWord].Start, start);
        var clauseEnd = endOffset >= 0 ? endOffset : end;
        // The clause stops where a direct quote is introduced: "… is unsustainable: "It is …"" (002_…txt line 43).
        var colon = view.Text.IndexOf(':', clauseStart, Math.Max(0, clauseEnd - clauseStart));
        if (colon > 0)
        {
            clauseEnd = colon;
        }
        var opening = view.Quotes.FirstOrDefault(q => q.Open >= clauseStart && q.Open < clauseEnd);
        if (opening != default && opening.Open == clauseStart)
        {
            return null; // a direct quote introduced by a speech verb is a quote, not reported speech
        }
        var clause = view.Text.AsSpan(clauseStart..clauseEnd).TrimEnd(" ,;");
        if (WordScanner.CountSpaceSeparated(clause) < MinClauseWords)
        {
            return null;
        }
        return new ReportedStatement(
            clauseStart,
            clauseStart + clause.Length,
            start,
            end,
            attribution
        );
    }

    private static int DatelineLength(string sentence)
    {
        var match = Dateline().Match(sentence);
        return match.Success ? match.Length : 0;
    }

    /// <summary>"that" within the next few words: "said on Tuesday that …", "told reporters that …".</summary>
    private static int FindThat(ParagraphView view, int from, int last)
    {
        for (var k = from; k <= last && k < from + 6; k++)
        {
            if (view.IsQuoted(k))
            {
                return -1;
            }
            if (view.Words[k].Text == "that")
            {
                return k;
            }
            if (
                k > from
                && view.Text.AsSpan(
                        view.Words[k - 1].End,
                        view.Words[k].Start - view.Words[k - 1].End
                    )
                    .ContainsAny(",;:")
            )
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The listener of "told": a name, "The Moscow Times", "reporters", "the Russian people".</summary>
    private static int SkipListener(ParagraphView view, int k, int last)
    {
        if (k <= last && view.Words[k].Text is "the" or "The")
        {
            k++;
        }
        while (
            k <= last
            && (
                view.Words[k].IsCapitalised
                || view.Words[k].Text
                    is "reporters"
                        or "journalists"
                        or "lawmakers"
                        or "people"
                        or "me"
                        or "us"
                        or "them"
                        or "him"
                        or "her"
            )
        )
        {
            k++;
        }
        return k;
    }
}
