using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>Which rule of the sieve found a speaker; lower is more reliable.</summary>
internal enum AttributionRule
{
    /// <summary>"…," X said / said X / X said: "…" / an attribution line after a pull quote.</summary>
    Explicit = 1,

    /// <summary>The explicit pattern names a pronoun or a description, resolved to a person of the article.</summary>
    Resolved = 2,

    /// <summary>A quote-only paragraph (or a later quote of the same paragraph) continues the previous speaker.</summary>
    Continuation = 3,
}

/// <summary>Where the sieve found the speaker of a quote: the pattern, apart from how its mention was resolved.</summary>
internal enum AttributionPattern
{
    /// <summary>Not recorded (figures' claims).</summary>
    None,

    /// <summary>`"…," X said`, `"…," said X`, `"…," according to X` after the closing mark.</summary>
    SpeechVerbAfter,

    /// <summary>`X said: "…"`, `X warned the plan … "…"`: a speech verb earlier in the quote's sentence.</summary>
    SpeechVerbBefore,

    /// <summary>The attribution line after a pull quote: "— Jane Roe, Mayor".</summary>
    AttributionLine,

    /// <summary>A transcript's label: "JANE ROE: …", "A: …".</summary>
    TranscriptLabel,

    /// <summary>An unlabelled paragraph after a labelled answer of a transcript: the same answer going on.</summary>
    TranscriptContinuation,

    /// <summary>A later quote of the same paragraph, or a quote-only paragraph after an attributed quote.</summary>
    Continuation,

    /// <summary>A quote-only paragraph after a paragraph of reported speech.</summary>
    ReportedContinuation,

    /// <summary>A quote opening its sentence after a sentence whose subject is a named person.</summary>
    SubjectBefore,

    /// <summary>A few quoted words in the writer's sentence, given to the sentence's subject.</summary>
    SubjectOfSentence,

    /// <summary>An organisation that is the subject of the quote's sentence: `The ministry rejected the "…"`.</summary>
    OrganisationSubject,

    /// <summary>Reported speech without quotation marks.</summary>
    ReportedSpeech,
}

internal sealed record Attribution(CastMember Member, AttributionRule Rule)
{
    public AttributionPattern Pattern { get; init; }
}

/// <summary>
/// Finds the speaker of a quotation, most reliable rule first, as rule-based quote attribution does:
/// (1) an explicit speech-verb pattern next to the quote or an attribution line after a pull quote;
/// (2) when that pattern names "he"/"she" or a description, the most recent compatible person of the
/// article; (3) paragraph continuation, applied by <see cref="QuoteExtractor"/> when (1) and (2) find nothing.
/// </summary>
internal sealed class AttributionSieve(ArticleCast cast)
{
    /// <summary>`"…," Rutte said`, `"…," said Rutte`, `"…," he stated`, `"…," according to X`: the attribution right after a closing mark.</summary>
    public Attribution? AfterClose(ParagraphView view, int offset, bool longSubject = true)
    {
        var k = view.WordAtOrAfter(offset);
        if (k >= view.Words.Count || !IsOnlyPunctuation(view.Text, offset, view.Words[k].Start))
        {
            return null;
        }
        // `"… a sad day". Former minister Tom Ash said, "…"`: a full stop after the closing mark ends the
        // quote's sentence, so the name after it opens the next sentence and speaks the next quote.
        if (view.Text.AsSpan(offset, view.Words[k].Start - offset).IndexOfAny(SentenceEnds) >= 0)
        {
            return null;
        }
        // `Ash argued the town needs "steady leadership." Lee argued against …`: a quote inside the writer's
        // sentence that ends the sentence with its own full stop is followed by a new sentence, not by its
        // attribution.
        if (EndsTheWritersSentence(view, offset))
        {
            return null;
        }
        var mention = MentionAfterDeterminers(view, k);
        if (mention is not null)
        {
            var verb = SkipAuxiliaries(view, mention.EndWord);
            return
                verb < view.Words.Count
                && IsSpeechVerb(view, verb)
                && view.AreAdjacent(mention.EndWord - 1, verb)
                && !IntroducesNextQuote(view, offset, view.Words[verb].End)
                ? Resolve(mention)
                : null;
        }
        if (IsSpeechVerb(view, k) && k + 1 < view.Words.Count && view.AreAdjacent(k, k + 1))
        {
            var subject = MentionAfterDeterminers(view, k + 1);
            return
                subject is null
                || IntroducesNextQuote(view, offset, view.Words[subject.EndWord - 1].End)
                ? null
                : Resolve(AppositiveNameOf(view, subject));
        }
        if (
            view.Words[k].Text is "according" or "According"
            && k + 2 < view.Words.Count
            && view.Words[k + 1].Text == "to"
        )
        {
            var source = view.MentionStartingAt(k + 2);
            return source is null ? null : Resolve(source);
        }
        return longSubject ? LongSubjectAfter(view, k) : null;
    }

    /// <summary>
    /// `"…," Acme Bank director of research Jane Roe said`: a subject of several words between the
    /// closing mark and its speech verb, with no sentence break between.
    /// </summary>
    private Attribution? LongSubjectAfter(ParagraphView view, int k)
    {
        for (var j = k + 1; j < view.Words.Count && j <= k + 12; j++)
        {
            if (
                view.IsQuoted(j)
                || view.Text.AsSpan(
                        view.Words[j - 1].End,
                        view.Words[j].Start - view.Words[j - 1].End
                    )
                    .IndexOfAny(SentenceBreaks) >= 0
            )
            {
                return null;
            }
            if (IsSpeechVerb(view, j))
            {
                var subject = SubjectDirectlyBefore(view, j, k);
                return subject is { Kind: MentionKind.Name } && subject.FirstWord >= k
                    ? Resolve(subject)
                    : null;
            }
        }
        return null;
    }

    private static bool EndsTheWritersSentence(ParagraphView view, int afterClose)
    {
        var index = view.Quotes.FindIndex(q => q.IsClosed && q.Close + 1 == afterClose);
        if (index < 0)
        {
            return false;
        }
        var span = view.Quotes[index];
        var last = view.Text.AsSpan(span.ContentStart, span.Close - span.ContentStart).TrimEnd();
        if (last.IsEmpty || last[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }
        var (start, _) = view.SentenceAt(span.Open);
        return start < span.Open
            && view.Text.AsSpan(start, span.Open - start).ContainsAnyExcept(NotWords);
    }

    private static readonly System.Buffers.SearchValues<char> NotWords =
        System.Buffers.SearchValues.Create(" \t\r\n\"“”‘’'.,:;—–-");

    private static readonly System.Buffers.SearchValues<char> SentenceEnds =
        System.Buffers.SearchValues.Create(".!?");

    private static readonly System.Buffers.SearchValues<char> SentenceBreaks =
        System.Buffers.SearchValues.Create(".;:“”\"");

    /// <summary>"his father, Abdullah Roe": a description followed by a name in commas stands for the name.</summary>
    private static Mention AppositiveNameOf(ParagraphView view, Mention mention)
    {
        if (mention.Kind == MentionKind.Name || mention.EndWord >= view.Words.Count)
        {
            return mention;
        }
        var gap = view
            .Text.AsSpan(mention.End, view.Words[mention.EndWord].Start - mention.End)
            .Trim();
        return
            gap.SequenceEqual(",")
            && view.MentionStartingAt(mention.EndWord) is { Kind: MentionKind.Name } named
            ? named
            : mention;
    }

    /// <summary>
    /// The mention starting at word <paramref name="k"/>, or after a determiner and a possessor:
    /// "the company’s chief executive Lee Jae-sung said".
    /// </summary>
    private static Mention? MentionAfterDeterminers(ParagraphView view, int k)
    {
        for (var j = k; j < view.Words.Count && j <= k + 5; j++)
        {
            var mention = view.MentionStartingAt(j);
            if (mention is { Kind: MentionKind.Name } || (mention is not null && j > k))
            {
                return mention;
            }
            if (
                mention is not null
                && MentionAfterDeterminers(view, j + 1) is { Kind: MentionKind.Name } named
            )
            {
                return named;
            }
            if (mention is not null)
            {
                return mention;
            }
            var word = view.Words[j];
            // "said Acme University chemistry professor Jane Roe": the organisation before a role is skipped.
            var isDeterminer =
                word.Text is "the" or "The" or "a" or "an" or "its" or "their" or "his" or "her"
                || word.IsPossessive
                || (word.IsCapitalised && !Lexicon.IsStopWord(word.Lower))
                || (
                    j > k
                    && view.Words[j - 1].IsCapitalised
                    && Lexicon.NameConnectors.Contains(word.Text)
                );
            if (
                !isDeterminer
                || view.IsQuoted(j)
                || (j + 1 < view.Words.Count && !view.AreAdjacent(j, j + 1))
            )
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// `X said: "…"`, `Stepanenko warns this system is unsustainable: "…"`, `The NATO chief praised the
    /// alliance’s “…”` (000_…txt line 9), `declaring that “…”` after the sentence's subject (000_…txt line 1).
    /// </summary>
    public Attribution? BeforeOpen(ParagraphView view, int sentenceStart, int open)
    {
        var first = view.WordAtOrAfter(sentenceStart);
        var last = view.WordAtOrAfter(open) - 1;
        if (last < first)
        {
            return null;
        }
        // "Rutte: “…”" in a headline or summary line.
        var colon = view.Text.AsSpan(view.Words[last].End, open - view.Words[last].End).Trim();
        // Only as a label opening its sentence: in "she said about Roe: “…”" Roe is who is spoken of.
        if (
            colon.SequenceEqual(":")
            && view.MentionEndingAt(last) is { Kind: MentionKind.Name } named
            && named.FirstWord <= first
        )
        {
            return Resolve(named);
        }
        bool hasSpeechVerb;
        // "Remarked the park's director Jane Roe, “…”": a speech verb opening its sentence, its speaker after it.
        if (
            Lexicon.SpeechVerbs.Contains(view.Words[first].Text)
            && view.Words[first].IsCapitalised
            && first < last
            && MentionAfterDeterminers(view, first + 1) is { Kind: MentionKind.Name } inverted
        )
        {
            return Resolve(AppositiveNameOf(view, inverted));
        }
        // "Acme issued a statement: “…”", "The ministry's statement read “…”": a statement speaks for its author.
        hasSpeechVerb = HasStatementNoun(view, first, last);
        for (var k = last; k >= first; k--)
        {
            if (view.IsQuoted(k) || !IsSpeechVerb(view, k))
            {
                continue;
            }
            hasSpeechVerb = true;
            // "Roe paraphrased an old saying, commenting: “…”": a participle after a comma is said by the
            // subject of the clause it hangs from, not by whoever was named just before the comma.
            if (IsParticipleAfterComma(view, k))
            {
                var clauseSubject = view.Mentions.FirstOrDefault(m =>
                    m.FirstWord >= first && m.EndWord <= k && OpensClause(view, m, first)
                );
                if (clauseSubject is not null && Resolve(clauseSubject) is { } main)
                {
                    return main with { Rule = AttributionRule.Resolved };
                }
                continue;
            }
            var subject = SubjectDirectlyBefore(view, k, first);
            if (subject is not null)
            {
                return Resolve(subject);
            }
        }
        // "Collins saw compromise as the best way: “…”": a sentence introducing a quote with a colon is
        // said by its subject, as one with a speech verb whose subject was not found next to it.
        if (!hasSpeechVerb && !colon.SequenceEqual(":"))
        {
            return null;
        }
        var sentenceSubject = view.Mentions.FirstOrDefault(m =>
            m.FirstWord >= first && m.EndWord <= last + 1
        );
        if (
            sentenceSubject is null
            || !OpensClause(view, sentenceSubject, first)
            || NamesOnlyItsPhrase(view, sentenceSubject)
        )
        {
            return null;
        }
        return Resolve(sentenceSubject) is { } found
            ? found with
            {
                Rule = AttributionRule.Resolved,
            }
            : null;
    }

    /// <summary>Words [from, to) before a name that can only be more of its role: "civil and" in "civil and environmental engineer Jane Roe".</summary>
    private static bool IsRoleOnly(ParagraphView view, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }
        for (var k = from; k < to; k++)
        {
            var word = view.Words[k];
            if (
                word.Text != "and"
                && (
                    !char.IsLower(word.Text[0])
                    || Lexicon.IsStopWord(word.Lower)
                    || word.Text.EndsWith("ing", StringComparison.Ordinal)
                )
            )
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasStatementNoun(ParagraphView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!view.IsQuoted(k) && Lexicon.StatementNouns.Contains(view.Words[k].Bare))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsParticipleAfterComma(ParagraphView view, int verb) =>
        verb > 0
        && view.Words[verb].Text.EndsWith("ing", StringComparison.Ordinal)
        && view.Text.AsSpan(
                view.Words[verb - 1].End,
                view.Words[verb].Start - view.Words[verb - 1].End
            )
            .Contains(',');

    /// <summary>A mention that opens its sentence, or its main clause after an opening phrase ("In 2019, …").</summary>
    private static bool OpensClause(ParagraphView view, Mention mention, int first)
    {
        var opening = first;
        while (opening < mention.FirstWord && view.Words[opening].Text is "The" or "A" or "An")
        {
            opening++;
        }
        if (mention.FirstWord <= opening)
        {
            return true;
        }
        var before = view.Text.AsSpan(
            view.Words[mention.FirstWord - 1].End,
            mention.Start - view.Words[mention.FirstWord - 1].End
        );
        return before.Contains(',') && view.WordAtOrAfter(view.Words[first].Start) == first;
    }

    /// <summary>
    /// `Roe characterized the attack as "designed to intimidate"`, `Ash introduced himself as "pro-life"`: a few
    /// quoted words inside the writer's sentence are the words of that sentence's subject — a named person or
    /// a pronoun standing for one — when nobody else is named between the subject and the quote and the verb
    /// is not passive ("Roe was described as …" gives the words to someone else).
    /// </summary>
    public Attribution? SubjectOfSentence(ParagraphView view, int open)
    {
        var (start, _) = view.SentenceAt(open);
        var before = view
            .Mentions.Where(m =>
                m.Start >= start
                && m.End <= open
                && m.Kind is MentionKind.Name or MentionKind.Pronoun
                && !view.IsQuoted(m.FirstWord)
            )
            .ToList();
        if (before.Count == 0 || !ArticleCast.IsSubject(view, before[0], start))
        {
            return null;
        }
        var subject = before[0];
        var others = before
            .Skip(1)
            .Where(m => m.Kind == MentionKind.Name && m.Member != subject.Member);
        if (others.Any() || HasPassiveBefore(view, subject.EndWord, view.WordAtOrAfter(open)))
        {
            return null;
        }
        return Resolve(subject) is { } found
            ? found with
            {
                Rule = AttributionRule.Resolved,
                Pattern = AttributionPattern.SubjectOfSentence,
            }
            : null;
    }

    /// <summary>"was described as", "been called", "is quoted": a passive verb among words [from, to).</summary>
    private static bool HasPassiveBefore(ParagraphView view, int from, int to)
    {
        for (var k = from; k + 1 < to && k + 1 < view.Words.Count; k++)
        {
            var next = view.Words[k + 1];
            if (
                view.Words[k].Lower is "was" or "were" or "is" or "are" or "been" or "be" or "being"
                && (
                    next.Text.EndsWith("ed", StringComparison.Ordinal)
                    || Lexicon.SpeechVerbs.Contains(next.Text)
                )
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The labelled speaker of a transcript paragraph ("JANE ROE: …", "A: …").</summary>
    public Attribution? FromLabel(ParagraphView view) =>
        cast.LabelSpeaker(view) is { } member
            ? new Attribution(member, AttributionRule.Explicit)
            : null;

    /// <summary>
    /// A quotation opening its sentence, with no attribution of its own, after a sentence of the same
    /// paragraph whose subject is a named person: that person, a weaker rule than an explicit pattern.
    /// </summary>
    public Attribution? FromSentenceBefore(ParagraphView view, int open)
    {
        var sentence = view.Sentences.FindIndex(s =>
            open >= s.Start && open < Math.Max(s.End, s.Start + 1)
        );
        if (
            sentence <= 0
            || !view
                .Text.AsSpan(view.Sentences[sentence].Start, open - view.Sentences[sentence].Start)
                .Trim()
                .IsEmpty
        )
        {
            return null;
        }
        var (start, end) = view.Sentences[sentence - 1];
        var subject = view.Mentions.FirstOrDefault(m => m.Start >= start && m.End <= end);
        return
            subject is { Kind: MentionKind.Name }
            && ArticleCast.IsSubject(view, subject, start)
            && Resolve(subject) is { } found
            ? found with
            {
                Rule = AttributionRule.Resolved,
            }
            : null;
    }

    /// <summary>The pull quote's attribution line: "— Mark Rutte, NATO Secretary General" (002_…txt lines 58–59).</summary>
    public Attribution? FromAttributionLine(ParagraphView next)
    {
        if (!next.IsAttributionLine)
        {
            return null;
        }
        var member = cast.FromAttributionLine(next);
        return member is null ? null : new Attribution(member, AttributionRule.Explicit);
    }

    /// <summary>
    /// Who a sentence says puts something forward, where in the sentence: the subject of a speech or
    /// claim verb ("the ministry reported", "he said"), the speaker after an inverted verb ("…, said Jane
    /// Roe"), the source of "according to". Each resolved as quotes are (pronouns, descriptions, groups).
    /// </summary>
    public List<(int Position, Attribution Speaker)> ClaimsIn(
        ParagraphView view,
        int start,
        int end
    )
    {
        var claims = new List<(int, Attribution)>();
        var first = view.WordAtOrAfter(start);
        var last = view.WordAtOrAfter(end) - 1;
        for (var k = first; k <= last; k++)
        {
            if (view.IsQuoted(k))
            {
                continue;
            }
            var word = view.Words[k];
            Mention? source = null;
            if (
                word.Text is "according" or "According"
                && k + 2 <= last
                && view.Words[k + 1].Text == "to"
            )
            {
                source = MentionAfterDeterminers(view, k + 2);
            }
            else if (ArticleCast.IsAttributingVerb(view, k))
            {
                source =
                    SubjectDirectlyBefore(view, k, first)
                    ?? (
                        k + 1 <= last && view.AreAdjacent(k, k + 1)
                            ? MentionAfterDeterminers(view, k + 1)
                            : null
                    );
            }
            if (source is not null && Resolve(source) is { } speaker)
            {
                claims.Add((word.Start, speaker));
            }
        }
        return claims;
    }

    /// <summary>The mention right before a speech verb, allowing "also", "directly" and the like between.</summary>
    public static Mention? SubjectDirectlyBefore(ParagraphView view, int verb, int first)
    {
        var k = verb - 1;
        while (
            k >= first
            && !view.IsQuoted(k)
            && ArticleCast.IsAuxiliary(view.Words[k])
            && view.AreAdjacent(k, k + 1)
        )
        {
            k--;
        }
        // "… drafted by Jane Roe, who said …": the relative pronoun stands for the name before it.
        if (
            k > first
            && view.Words[k].Text == "who"
            && !view.IsQuoted(k - 1)
            && view.MentionEndingAt(k - 1) is { Kind: MentionKind.Name } antecedent
        )
        {
            return antecedent;
        }
        if (k >= first && !view.IsQuoted(k) && !view.AreAdjacent(k, k + 1))
        {
            return SubjectBeforeAppositive(view, k, first);
        }
        // "Rutte’s remarks underscored …" (000_…txt line 3): a possessive is not the speaker of the noun after it.
        if (k < first || view.IsQuoted(k) || view.Words[k].IsPossessive)
        {
            return null;
        }
        var direct = view.MentionEndingAt(k);
        if (direct is not null && NamesOnlyItsPhrase(view, direct))
        {
            return null;
        }
        // "President Jane Roe of Ruritania said": the person, not the country her phrase names.
        return direct is null or { Kind: MentionKind.Group }
            ? SubjectBeforePhrase(view, k, first) ?? direct
            : direct;
    }

    private static readonly System.Buffers.SearchValues<char> PhraseBreaks =
        System.Buffers.SearchValues.Create(",.;:“”\"");

    private static readonly HashSet<string> PhrasePrepositions = new(StringComparer.Ordinal)
    {
        "of",
        "from",
        "at",
        "with",
        "for",
        "in",
    };

    /// <summary>
    /// "Virologist Jane Roe of Acme Research said": words read as one name whose person is only the
    /// institution after "of" (the name before it is no person the article knows). The speaker is the
    /// one before the phrase, whom the article does not know as a person: nobody, rather than the
    /// institution. "Analyst Petra Novak of Danube Capital", whose person is the name before "of", is not.
    /// </summary>
    private static bool NamesOnlyItsPhrase(ParagraphView view, Mention mention)
    {
        if (mention is not { Kind: MentionKind.Name, Member: { } member })
        {
            return false;
        }
        for (var j = mention.FirstWord + 1; j < mention.EndWord - 1; j++)
        {
            var before = view.Words[j - 1].Text;
            // "First Minister of Scotland Jane Roe": a title's phrase, the person after it.
            if (
                PhrasePrepositions.Contains(view.Words[j].Text)
                && !member.Name.Contains(before, StringComparison.Ordinal)
                && !Lexicon.TitleWords.Contains(before)
                && !Lexicon.IsPersonNoun(before.ToLowerInvariant())
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Jane Roe of the city council said", "Jane Roe from the opposition said in a statement": a name
    /// followed by a prepositional phrase of a few words, with no comma or other speaker between.
    /// </summary>
    private static Mention? SubjectBeforePhrase(ParagraphView view, int last, int first)
    {
        for (var j = last - 1; j >= first && j >= last - 10; j--)
        {
            if (
                view.IsQuoted(j)
                || view.Text.AsSpan(view.Words[j].End, view.Words[j + 1].Start - view.Words[j].End)
                    .IndexOfAny(PhraseBreaks) >= 0
                || IsSpeechVerb(view, j)
            )
            {
                return null;
            }
            if (
                view.MentionEndingAt(j) is { Kind: MentionKind.Name } mention
                && PhrasePrepositions.Contains(view.Words[j + 1].Text)
            )
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>"Ilse Brandt, 54, said …", "Kateryna Stepanenko, a research fellow at …, said …": the name before the commas.</summary>
    private static Mention? SubjectBeforeAppositive(
        ParagraphView view,
        int lastOfAppositive,
        int first
    )
    {
        var gap = view
            .Text.AsSpan(
                view.Words[lastOfAppositive].End,
                view.Words[lastOfAppositive + 1].Start - view.Words[lastOfAppositive].End
            )
            .Trim();
        if (!gap.SequenceEqual(","))
        {
            return null;
        }
        // Asides can follow one another ("Ann Roe, of Acme, one of the founders, said"): the speaker is
        // the name the first of them hangs from, or a name set off by commas after a description
        // ("The mayor of the city, Jane Roe, said").
        Mention? nearest = null;
        for (var k = lastOfAppositive; k > first && k > lastOfAppositive - 24; k--)
        {
            if (view.IsQuoted(k))
            {
                break;
            }
            var between = view
                .Text.AsSpan(view.Words[k - 1].End, view.Words[k].Start - view.Words[k - 1].End)
                .Trim(" ()");
            if (between.Length == 0)
            {
                continue;
            }
            if (!between.SequenceEqual(",") || view.Words[k - 1].IsPossessive)
            {
                break;
            }
            if (
                nearest is null
                && view.MentionEndingAt(lastOfAppositive) is { Kind: MentionKind.Name } named
                && named.FirstWord >= k
                && IsRoleOnly(view, k, named.FirstWord)
            )
            {
                return named;
            }
            var before = view.MentionEndingAt(k - 1);
            if (before is { Kind: MentionKind.Name })
            {
                nearest = before;
            }
            else if (before is not null)
            {
                nearest ??= before;
            }
        }
        return nearest;
    }

    public Attribution? Resolve(Mention mention)
    {
        var member = cast.Resolve(mention);
        if (member is null)
        {
            return null;
        }
        return new Attribution(
            member,
            mention.Kind == MentionKind.Name ? AttributionRule.Explicit : AttributionRule.Resolved
        );
    }

    private static int SkipAuxiliaries(ParagraphView view, int k)
    {
        while (k < view.Words.Count && ArticleCast.IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        return k;
    }

    /// <summary>A speech verb in the active voice: "was described as" names no speaker before it.</summary>
    internal static bool IsSpeechVerb(ParagraphView view, int k) =>
        Lexicon.SpeechVerbs.Contains(view.Words[k].Text)
        && char.IsLower(view.Words[k].Text[0])
        && !IsPassive(view, k);

    private static bool IsPassive(ParagraphView view, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            if (view.Words[j].Text is "was" or "were" or "is" or "are" or "been" or "be" or "being")
            {
                return true;
            }
            if (!ArticleCast.IsAuxiliary(view.Words[j]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// `"…endless curiosity." Lab director Tom Brill said "He changed the field."`: after a quote closed by
    /// the end of its sentence, a speaker whose speech verb opens a quotation of its own speaks that one.
    /// </summary>
    private static bool IntroducesNextQuote(
        ParagraphView view,
        int afterClose,
        int afterAttribution
    )
    {
        var end = afterClose - 1;
        while (
            end > 0
            && (
                view.Text[end] is '”' or '"' or '»' or '’' or '\''
                || char.IsWhiteSpace(view.Text[end])
            )
        )
        {
            end--;
        }
        if (end < 0 || view.Text[end] is not ('.' or '!' or '?'))
        {
            return false;
        }
        var next = afterAttribution;
        while (
            next < view.Text.Length
            && (char.IsWhiteSpace(view.Text[next]) || view.Text[next] is ',' or ':')
        )
        {
            next++;
        }
        return view.Quotes.Any(q => q.Open == next);
    }

    private static bool IsOnlyPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (
                !(
                    char.IsWhiteSpace(text[i])
                    || text[i] is ',' or '.' or '!' or '?' or ';' or '—' or '–' or '-' or ':'
                )
            )
            {
                return false;
            }
        }
        return true;
    }
}
