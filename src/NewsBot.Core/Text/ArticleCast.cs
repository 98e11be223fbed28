using System.Buffers;

namespace NewsBot.Core.Text;

/// <summary>A person named in one article, with the best role the article gives them.</summary>
internal sealed class CastMember(string name)
{
    private static readonly char[] RoleEndings = [',', '.', ';'];

    private int _rolePriority = -1;

    public string Name
    {
        get => name;
        set
        {
            name = value;
            Key = NameFolding.NameKey(value);
            SurnameKey = Key.Split(' ')[^1];
        }
    }

    public string? Role { get; private set; }

    /// <summary>An organisation or a group ("the defence ministry"), not a person.</summary>
    public bool IsGroup { get; init; }

    /// <summary>The gender the article's pronouns, titles and role nouns give this person, when they give one.</summary>
    public Gender? Gender { get; set; }

    /// <summary>Whether a pronoun of <paramref name="gender"/> can refer to this person.</summary>
    public bool CanBe(Gender gender) => !IsGroup && (Gender is null || Gender == gender);

    public string Key { get; private set; } = NameFolding.NameKey(name);

    public string SurnameKey { get; private set; } = NameFolding.NameKey(name).Split(' ')[^1];

    /// <summary>A title before the name beats an appositive, which beats a pull quote's attribution line.</summary>
    public void OfferRole(string? role, int priority)
    {
        if (!string.IsNullOrWhiteSpace(role) && priority > _rolePriority)
        {
            Role = role.Trim().TrimEnd(RoleEndings);
            _rolePriority = priority;
        }
    }

    /// <summary>True when the key has several words and the first is <paramref name="given"/> (a single word).</summary>
    public bool HasGivenName(string given) =>
        Key.Length > given.Length
        && Key[given.Length] == ' '
        && Key.StartsWith(given, StringComparison.Ordinal);
}

/// <summary>
/// The people of one article and every mention of them in reading order. Built in two passes: first the
/// names the article introduces with a title, an appositive, an attribution line or as the subject of a
/// speech verb; then every reference to them (surname, pronoun, description), so that "he said" and
/// "The NATO chief" can be resolved to the most recent compatible person.
/// </summary>
internal sealed class ArticleCast
{
    private const int TitlePriority = 3;
    private const int AppositivePriority = 2;
    private const int AttributionLinePriority = 1;

    private readonly List<CastMember> _members = [];
    private readonly Dictionary<string, CastMember> _groups = new(StringComparer.Ordinal);
    private readonly List<ParagraphView> _views;

    public ArticleCast(List<ParagraphView> views)
    {
        _views = views;
        foreach (var view in views)
        {
            Introduce(view);
        }
        foreach (var view in views)
        {
            FindMentions(view);
        }
        ResolvePronounsInOrder();
    }

    private readonly Dictionary<Mention, CastMember?> _pronounReferents = new(
        ReferenceEqualityComparer.Instance
    );

    public IReadOnlyList<CastMember> Members => _members;

    /// <summary>The person a pronoun or description refers to, or the named person itself.</summary>
    public CastMember? Resolve(Mention mention) =>
        mention.Kind switch
        {
            MentionKind.Name => mention.Member,
            MentionKind.Pronoun => ResolvePronoun(mention),
            MentionKind.Group => mention.Member,
            _ => ResolveDescription(mention),
        };

    /// <summary>True for a surname the article also gives in full ("Conyers" after "John Conyers").</summary>
    public bool GivesInFull(string surname)
    {
        var key = NameFolding.NameKey(surname);
        return _members.Any(m => !m.IsGroup && m.SurnameKey == key && m.Key.Contains(' '));
    }

    /// <summary>The last person named before the offset (mentions inside quotation marks do not count).</summary>
    public CastMember? MostRecentBefore(int paragraph, int offset) =>
        PeopleBefore(paragraph, offset).FirstOrDefault();

    private CastMember? ResolvePronoun(Mention pronoun) =>
        _pronounReferents.GetValueOrDefault(pronoun);

    /// <summary>
    /// Reads the article's pronouns in order and resolves each to a person: "he"/"she" to the person of
    /// the nearest sentence before it that names someone, its subject first ("President Jane Roe thanked
    /// …" before "But she said …"), in the pronoun's own sentence only a subject ("After meeting Roe, he
    /// said" is not Roe). A sentence whose subject is a pronoun of the same gender passes on that
    /// pronoun's person, and a person of the other gender is passed over: each pronoun, "his" and "her"
    /// included, tells the gender of the person it resolves to, as titles and role nouns do.
    /// </summary>
    private void ResolvePronounsInOrder()
    {
        foreach (var member in _members)
        {
            member.Gender ??= GenderOfRole(member.Role);
        }
        foreach (var view in _views)
        {
            for (var k = 0; k < view.Words.Count; k++)
            {
                if (view.IsQuoted(k) || Lexicon.GenderOf(view.Words[k].Text) is not { } gender)
                {
                    continue;
                }
                // A gendered noun or title is no pronoun: it refers to a name next to it, if any.
                if (!IsPronoun(view.Words[k].Text))
                {
                    continue;
                }
                var referent = FindReferent(view, view.Words[k].Start, gender);
                if (view.MentionStartingAt(k) is { Kind: MentionKind.Pronoun } mention)
                {
                    _pronounReferents[mention] = referent;
                }
                if (referent is not null)
                {
                    referent.Gender ??= gender;
                }
            }
        }
    }

    private static bool IsPronoun(string word) =>
        word.ToLowerInvariant()
            is "he"
                or "him"
                or "his"
                or "himself"
                or "she"
                or "her"
                or "hers"
                or "herself";

    private static Gender? GenderOfRole(string? role) =>
        role
            ?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Lexicon.GenderOf(w.TrimEnd('.', ',')))
            .FirstOrDefault(g => g is not null);

    private CastMember? FindReferent(ParagraphView pronounView, int at, Gender gender)
    {
        for (var p = pronounView.Index; p >= 0; p--)
        {
            var view = _views[p];
            for (var s = view.Sentences.Count - 1; s >= 0; s--)
            {
                var (start, end) = view.Sentences[s];
                var isOwnSentence =
                    p == pronounView.Index && at >= start && at < Math.Max(end, start + 1);
                if (p == pronounView.Index && start > at)
                {
                    continue;
                }
                var limit = isOwnSentence ? at : end;
                CastMember? lastNamed = null;
                foreach (var m in view.Mentions)
                {
                    if (m.Start < start || m.End > limit)
                    {
                        continue;
                    }
                    var candidate = m.Kind switch
                    {
                        MentionKind.Name => m.Member,
                        MentionKind.Pronoun when Lexicon.GenderOf(m.Text) == gender =>
                            _pronounReferents.GetValueOrDefault(m),
                        _ => null,
                    };
                    if (candidate is null || !candidate.CanBe(gender))
                    {
                        continue;
                    }
                    if (IsSubject(view, m, start))
                    {
                        return candidate;
                    }
                    if (m.Kind == MentionKind.Name)
                    {
                        lastNamed = candidate;
                    }
                }
                if (!isOwnSentence && lastNamed is not null)
                {
                    return lastNamed;
                }
            }
        }
        return null;
    }

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",—–”\";:");

    /// <summary>A mention opening its sentence or clause and followed by a verb-like lowercase word.</summary>
    internal static bool IsSubject(ParagraphView view, Mention mention, int sentenceStart)
    {
        var previousEnd = mention.FirstWord > 0 ? view.Words[mention.FirstWord - 1].End : 0;
        var gap = view.Text[Math.Max(previousEnd, sentenceStart)..mention.Start];
        var opensClause = previousEnd <= sentenceStart || gap.AsSpan().IndexOfAny(ClauseMarks) >= 0;
        if (!opensClause || view.Words[mention.EndWord - 1].IsPossessive)
        {
            return false;
        }
        var k = mention.EndWord;
        while (k < view.Words.Count && IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        if (k >= view.Words.Count)
        {
            return false;
        }
        if (!view.AreAdjacent(mention.EndWord - 1, mention.EndWord))
        {
            // "Jane Roe, 39, who …, met …": a name opening its sentence before an appositive is its subject.
            var after = view.Text.AsSpan(view.Words[mention.EndWord - 1].End).TrimStart();
            return mention.Kind == MentionKind.Name
                && after.StartsWith(",")
                && previousEnd <= sentenceStart;
        }
        var next = view.Words[k].Text;
        return char.IsLower(next[0])
            && !Lexicon.IsStopWord(next)
            && next is not ("who" or "whose" or "whom");
    }

    /// <summary>
    /// The speaker of a transcript paragraph: its labelled name ("JANE ROE", "Roe"), the person whose
    /// initials the label is ("JR"), or for "A:" the interviewee (the person the article names most
    /// before its first labelled paragraph); null for "Q:" and for a label naming no person.
    /// </summary>
    public CastMember? LabelSpeaker(ParagraphView view)
    {
        if (view.Label is not { IsQuestion: false } label)
        {
            return null;
        }
        if (label.IsAnswer)
        {
            return Interviewee();
        }
        if (label.IsInitials)
        {
            var owners = _members
                .Where(m => !m.IsGroup && Initials(m.Name) == label.Name)
                .Take(2)
                .ToList();
            if (owners.Count == 1)
            {
                return owners[0];
            }
        }
        return IsPersonLabel(label.Name) || label.IsInitials
            ? Match(NameFolding.NameKey(label.Name))
            : null;
    }

    private CastMember? _interviewee;

    private CastMember? Interviewee()
    {
        if (_interviewee is not null)
        {
            return _interviewee;
        }
        var firstLabel = _views.FindIndex(v => v.Label is not null);
        _interviewee = _views
            .Take(firstLabel < 0 ? _views.Count : firstLabel)
            .SelectMany(v => v.Mentions)
            .Where(m => m.Kind == MentionKind.Name && m.Member is { IsGroup: false })
            .GroupBy(m => m.Member!)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return _interviewee;
    }

    private static string Initials(string name) =>
        string.Concat(
            name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0]))
                .Select(w => w[0])
        );

    /// <summary>A label that can be a person's name: no word of it names an organisation, a place or a title.</summary>
    private static bool IsPersonLabel(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w =>
            !Lexicon.NonPersonWords.Contains(w)
            && !Lexicon.TitleWords.Contains(w)
            && !Lexicon.GroupNouns.Contains(w)
        );
    }

    /// <summary>The attribution line "— Name, Role" as a cast member.</summary>
    public CastMember? FromAttributionLine(ParagraphView view)
    {
        var (name, _) = ParseAttributionLine(view.Text);
        return name is null ? null : Match(NameFolding.NameKey(name));
    }

    private IEnumerable<CastMember> PeopleBefore(int paragraph, int offset)
    {
        for (var p = paragraph; p >= 0; p--)
        {
            var mentions = _views[p].Mentions;
            for (var k = mentions.Count - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (
                    m.Kind == MentionKind.Name
                    && m.Member is not null
                    && (p < paragraph || m.End <= offset)
                )
                {
                    yield return m.Member;
                }
            }
        }
    }

    // "The NATO chief" (000_…txt line 9) shares "NATO" with Rutte's role while President Trump was named
    // later in the same paragraph; "the former Dutch prime minister" (001_…txt line 8) shares nothing with
    // any role the article gives, so it falls back to the most recent person.
    private CastMember? ResolveDescription(Mention mention)
    {
        // "his father", "their lawyer": someone other than the person just named, whom only a name can tell.
        if (mention.Text.Split(' ')[0] is "his" or "her" or "their" or "His" or "Her" or "Their")
        {
            return null;
        }
        // "A senior official said": a source the article leaves unnamed is named by its description.
        if (mention.Text.Split(' ')[0] is "a" or "an" or "A" or "An")
        {
            return Unnamed(mention.Text);
        }
        // "A senior official …, who asked not to be named" before "the official said": the same unnamed source.
        if (UnnamedAntecedent(mention) is { } antecedent)
        {
            return Unnamed(antecedent);
        }
        var words = mention
            .Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(StripPossessive)
            .ToList();
        var capitalised = words
            .Where(w =>
                w.Length > 0 && char.IsUpper(w[0]) && !w.Equals("The", StringComparison.Ordinal)
            )
            .Select(NameFolding.Fold)
            .ToHashSet();
        var lower = words
            .Where(w => w.Length > 0 && char.IsLower(w[0]))
            .Select(NameFolding.Fold)
            .ToHashSet();
        lower.ExceptWith(["the", "former", "top", "a", "an", "of", "current", "then", "new"]);
        CastMember? best = null;
        var bestScore = 0;
        var seen = new HashSet<CastMember>();
        foreach (var member in PeopleBefore(mention.Paragraph, mention.Start))
        {
            if (!seen.Add(member) || member.Role is null)
            {
                continue;
            }
            var roleTokens = member
                .Role.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(StripPossessive)
                .ToList();
            var roleWords = roleTokens.Select(NameFolding.Fold).ToHashSet();
            var roleNames = roleTokens
                .Where(w => char.IsUpper(w[0]) && !Lexicon.TitleWords.Contains(w))
                .ToList();
            var capital = capitalised.Count(roleWords.Contains);
            var common = lower.Count(roleWords.Contains);
            // "the Dutch minister" is not the Polish Foreign Minister, whatever noun they share.
            var isConflicting = capital == 0 && capitalised.Count > 0 && roleNames.Count > 0;
            var score =
                capital > 0 ? 10 + capital + common
                : isConflicting ? 0
                : common;
            if (score > bestScore)
            {
                best = member;
                bestScore = score;
            }
        }
        return best ?? MostRecentBefore(mention.Paragraph, mention.Start);
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal)
        || word.EndsWith("'s", StringComparison.Ordinal)
            ? word[..^2]
            : word.TrimEnd('’', '\'');

    /// <summary>An unnamed source ("a senior official"), one member per description in the article.</summary>
    private CastMember Unnamed(string description)
    {
        var text = char.ToLowerInvariant(description[0]) + description[1..];
        var key = "~" + NameFolding.NameKey(text);
        if (!_groups.TryGetValue(key, out var member))
        {
            member = new CastMember(text) { IsGroup = true };
            _groups[key] = member;
        }
        return member;
    }

    /// <summary>"A senior official" earlier in the article, with no name after it, for "the official".</summary>
    private string? UnnamedAntecedent(Mention mention)
    {
        var head = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        for (var p = mention.Paragraph; p >= 0; p--)
        {
            var view = _views[p];
            for (var k = 0; k < view.Words.Count; k++)
            {
                var word = view.Words[k];
                if (p == mention.Paragraph && word.Start >= mention.Start)
                {
                    break;
                }
                if (view.IsQuoted(k) || word.Text is not ("a" or "A" or "an" or "An"))
                {
                    continue;
                }
                for (
                    var j = k + 1;
                    j < view.Words.Count && j <= k + 4 && view.AreAdjacent(j - 1, j);
                    j++
                )
                {
                    if (view.Words[j].Text.Equals(head, StringComparison.OrdinalIgnoreCase))
                    {
                        var namedAfter =
                            j + 1 < view.Words.Count
                            && view.Words[j + 1].IsCapitalised
                            && view.AreAdjacent(j, j + 1);
                        if (!namedAfter)
                        {
                            return view.Text[word.Start..view.Words[j].End];
                        }
                    }
                }
            }
        }
        return null;
    }

    private void Introduce(ParagraphView view)
    {
        if (view.IsAttributionLine)
        {
            var (name, role) = ParseAttributionLine(view.Text);
            if (name is not null)
            {
                Add(name, role, AttributionLinePriority);
            }
            return;
        }
        // "Jane Roe: …" opening a transcript's paragraph introduces its speaker.
        if (
            view.Label is { IsQuestion: false, IsAnswer: false, IsInitials: false } label
            && IsPersonLabel(label.Name)
        )
        {
            Add(label.Name, null, 0);
        }
        (NameSequence Sequence, string? Role)? previous = null;
        foreach (var seq in view.NameSequences)
        {
            if (!seq.HasName)
            {
                continue;
            }
            // "astronauts Ann Lee and Ben Roe": a name joined by "and" to a name with a role shares it.
            if (
                previous is { Role: { } shared } before
                && seq.FirstWord == before.Sequence.EndWord + 1
                && view.Words[before.Sequence.EndWord].Text == "and"
            )
            {
                Add(seq.Name, shared, AppositivePriority);
                previous = (seq, shared);
                continue;
            }
            previous = (seq, IntroduceOne(view, seq));
        }
    }

    /// <summary>Adds a name the paragraph introduces as a person, and gives the role it was introduced with.</summary>
    private string? IntroduceOne(ParagraphView view, NameSequence seq)
    {
        {
            if (seq.Role is not null)
            {
                Add(seq.Name, seq.Role, TitlePriority);
                return seq.Role;
            }
            var appositive = Appositive(view, seq.EndWord);
            if (appositive is not null && seq.NameTokens >= 2)
            {
                Add(seq.Name, appositive, AppositivePriority);
                return appositive;
            }
            var roleStart = LowercaseRoleStart(view, seq.FirstWord);
            if (roleStart < seq.FirstWord)
            {
                var role = view.Text[
                    view.Words[roleStart].Start..view.Words[seq.FirstWord - 1].End
                ];
                Add(seq.Name, role, AppositivePriority);
                return role;
            }
            if (DescriptionBefore(view, seq) is { } described)
            {
                Add(seq.Name, described, AppositivePriority);
                return described;
            }
            if (
                seq.NameTokens >= 2
                && (
                    IsInSpeechContext(view, seq)
                    || IsDescribedAfter(view, seq)
                    || IsReferredToAsPerson(view, seq)
                )
            )
            {
                Add(seq.Name, null, 0);
            }
            return null;
        }
    }

    /// <summary>
    /// "The mayor of the city, Jane Roe, said": a name set off by commas right after a description of a
    /// person is that person, and the description is the role.
    /// </summary>
    private static string? DescriptionBefore(ParagraphView view, NameSequence seq)
    {
        var comma = seq.FirstWord - 1;
        if (
            comma < 0
            || view.IsQuoted(comma)
            || !view
                .Text.AsSpan(view.Words[comma].End, seq.Start - view.Words[comma].End)
                .Trim()
                .SequenceEqual(",")
        )
        {
            return null;
        }
        var afterName =
            seq.EndWord < view.Words.Count
                ? view
                    .Text.AsSpan(
                        view.Words[seq.EndWord - 1].End,
                        view.Words[seq.EndWord].Start - view.Words[seq.EndWord - 1].End
                    )
                    .Trim()
                : ".";
        if (afterName.IsEmpty || afterName[0] is not (',' or '.' or ':' or ';'))
        {
            return null;
        }
        for (var k = comma; k >= 0 && k > comma - 12; k--)
        {
            var word = view.Words[k];
            if (view.IsQuoted(k) || (k < comma && !view.AreAdjacent(k, k + 1)))
            {
                return null;
            }
            // "the governor's spokesman, Jane Roe,": a possessor's person noun right before the commas.
            if (word.IsPossessive && k < comma && Lexicon.IsPersonNoun(view.Words[comma].Text))
            {
                return view.Text[view.Words[k + 1].Start..view.Words[comma].End];
            }
            if (word.Text is "the" or "The" or "a" or "A" or "its" or "their" or "his" or "her")
            {
                if (k == comma)
                {
                    return null;
                }
                var role = view.Text[view.Words[k + 1].Start..view.Words[comma].End];
                var words = role.Split(' ');
                return words.Any(w => Lexicon.IsPersonNoun(w) || Lexicon.TitleWords.Contains(w))
                    ? role
                    : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "Jane Roe broke the news when she revealed …": a name opening its sentence that "he" or "she"
    /// refers back to later in that sentence is a person's.
    /// </summary>
    private static bool IsReferredToAsPerson(ParagraphView view, NameSequence seq)
    {
        var (start, end) = view.SentenceAt(seq.Start);
        if (view.WordAtOrAfter(start) != seq.FirstWord || view.Words[seq.EndWord - 1].IsPossessive)
        {
            return false;
        }
        for (var k = seq.EndWord; k < view.Words.Count && view.Words[k].Start < end; k++)
        {
            if (!view.IsQuoted(k) && Lexicon.Pronouns.Contains(view.Words[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Jane Roe, 39, who …" or "Jane Roe, who …": an age or "who" after a name says it is a person's.</summary>
    private static bool IsDescribedAfter(ParagraphView view, NameSequence seq)
    {
        var k = seq.EndWord;
        if (k >= view.Words.Count || view.IsQuoted(k))
        {
            return false;
        }
        var next = view.Words[k].Text;
        if (next == "who")
        {
            return true;
        }
        return next.All(char.IsAsciiDigit)
            && next.Length <= 3
            && view.Text.AsSpan(view.Words[k - 1].End, view.Words[k].Start - view.Words[k - 1].End)
                .Trim()
                .SequenceEqual(",")
            && view.Text.AsSpan(view.Words[k].End).TrimStart().StartsWith(",");
    }

    private void FindMentions(ParagraphView view)
    {
        if (view.IsAttributionLine)
        {
            var member = FromAttributionLine(view);
            if (member is not null)
            {
                view.Mentions.Add(
                    new Mention(
                        view.Index,
                        0,
                        view.Words.Count,
                        0,
                        view.Text.Length,
                        MentionKind.Name,
                        view.Text,
                        member
                    )
                );
            }
            return;
        }
        foreach (var seq in view.NameSequences)
        {
            if (!seq.HasName)
            {
                continue;
            }
            var member = Match(NameFolding.NameKey(seq.Name));
            if (member is not null)
            {
                var first = LowercaseRoleStart(view, seq.FirstWord);
                var start = view.Words[first].Start;
                view.Mentions.Add(
                    new Mention(
                        view.Index,
                        first,
                        seq.EndWord,
                        start,
                        seq.End,
                        MentionKind.Name,
                        seq.Name,
                        member
                    )
                );
            }
        }
        for (var k = 0; k < view.Words.Count; k++)
        {
            if (view.IsQuoted(k))
            {
                continue;
            }
            var word = view.Words[k];
            if (Lexicon.Pronouns.Contains(word.Text))
            {
                view.Mentions.Add(
                    new Mention(
                        view.Index,
                        k,
                        k + 1,
                        word.Start,
                        word.End,
                        MentionKind.Pronoun,
                        word.Text,
                        null
                    )
                );
            }
            else if (IsDescriptionStart(view, k))
            {
                var end = DescriptionEnd(view, k);
                if (
                    end > 0
                    && (
                        word.Text is "the" or "The"
                        || IsInSpeechContext(view, k, end, claims: false)
                    )
                )
                {
                    var text = view.Text[word.Start..view.Words[end - 1].End];
                    view.Mentions.Add(
                        new Mention(
                            view.Index,
                            k,
                            end,
                            word.Start,
                            view.Words[end - 1].End,
                            MentionKind.Description,
                            text,
                            null
                        )
                    );
                }
            }
        }
        FindGroupMentions(view);
        view.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Organisations and groups where the text has them speak or claim (a speech or claim verb right after,
    /// an inverted "said" or "according to" right before): a phrase ending in a group noun ("Britain's defence
    /// ministry", "police", "Western officials") or a capitalised run that names no person ("Acme", "the
    /// Institute for Peace"). Nowhere else is a group a mention, so it never takes a pronoun's place.
    /// </summary>
    private void FindGroupMentions(ParagraphView view)
    {
        var covered = new bool[view.Words.Count];
        foreach (var mention in view.Mentions)
        {
            for (var k = mention.FirstWord; k < mention.EndWord && k < covered.Length; k++)
            {
                covered[k] = true;
            }
        }
        for (var k = 0; k < view.Words.Count; k++)
        {
            if (covered[k] || view.IsQuoted(k) || !IsGroupHead(view, k))
            {
                continue;
            }
            var end = k + 1;
            while (
                end < view.Words.Count
                && !covered[end]
                && !view.IsQuoted(end)
                && view.AreAdjacent(end - 1, end)
                && char.IsLower(view.Words[end].Text[0])
                && Lexicon.GroupNouns.Contains(view.Words[end].Text)
            )
            {
                end++;
            }
            // "the government of the island": a group noun keeps the name it is of.
            if (
                end + 1 < view.Words.Count
                && view.Words[end].Text == "of"
                && view.AreAdjacent(end - 1, end)
                && view.AreAdjacent(end, end + 1)
            )
            {
                var of = end + 1;
                if (
                    of < view.Words.Count
                    && view.Words[of].Text is "the"
                    && of + 1 < view.Words.Count
                )
                {
                    of++;
                }
                var runEnd = of;
                while (
                    runEnd < view.Words.Count
                    && runEnd < of + 4
                    && !covered[runEnd]
                    && !view.IsQuoted(runEnd)
                    && view.Words[runEnd].IsCapitalised
                    && view.AreAdjacent(runEnd - 1, runEnd)
                )
                {
                    runEnd++;
                }
                if (runEnd > of)
                {
                    end = runEnd;
                }
            }
            var start = GroupModifiersStart(view, k, covered);
            AddGroupMention(view, start, end, covered);
            k = end - 1;
        }
        foreach (var seq in view.NameSequences)
        {
            var first = seq.FirstWord;
            while (
                first < seq.EndWord
                && PersonNameRecognizer.LeadingFunctionWords.Contains(view.Words[first].Bare)
            )
            {
                first++;
            }
            var isFree = first < seq.EndWord;
            for (var k = first; k < seq.EndWord && isFree; k++)
            {
                isFree = !covered[k];
            }
            // "the Afghan Ambassador": a run ending in a title describes a person; it is no group.
            var last = view.Words[seq.EndWord - 1];
            if (
                isFree
                && !last.IsPossessive
                && !Lexicon.TitleWords.Contains(last.Bare)
                && !Lexicon.PersonNouns.Contains(last.Bare)
            )
            {
                AddGroupMention(view, first, seq.EndWord, covered);
            }
        }
    }

    /// <summary>A group noun, lowercase or opening its sentence ("Police said"), not a possessive ("the ministry's").</summary>
    private static bool IsGroupHead(ParagraphView view, int k)
    {
        var word = view.Words[k];
        if (word.IsPossessive || !Lexicon.GroupNouns.Contains(word.Text))
        {
            return false;
        }
        if (char.IsLower(word.Text[0]))
        {
            return true;
        }
        var gap = k == 0 ? view.Text[..word.Start] : view.Text[view.Words[k - 1].End..word.Start];
        return k == 0 || gap.AsSpan().IndexOfAny(SentenceEnds) >= 0;
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?”\"");

    /// <summary>The modifiers before a group noun: "Britain's defence", "Western", "state health" (a determiner ends them).</summary>
    private static int GroupModifiersStart(ParagraphView view, int head, bool[] covered)
    {
        var start = head;
        for (var j = head - 1; j >= 0 && j >= head - 4; j--)
        {
            var word = view.Words[j];
            if (covered[j] || view.IsQuoted(j) || !view.AreAdjacent(j, j + 1))
            {
                break;
            }
            var isModifier = word.IsCapitalised
                ? !PersonNameRecognizer.LeadingFunctionWords.Contains(word.Bare)
                    && !Lexicon.IsStopWord(word.Lower)
                : !word.IsPossessive
                    && !Lexicon.IsStopWord(word.Lower)
                    && !Lexicon.SpeechVerbs.Contains(word.Text)
                    && !Lexicon.ClaimVerbs.Contains(word.Text)
                    && !IsAuxiliary(word)
                    && !word.Text.Any(char.IsDigit);
            if (!isModifier)
            {
                break;
            }
            start = j;
        }
        return start;
    }

    private void AddGroupMention(ParagraphView view, int first, int end, bool[] covered)
    {
        if (!IsInSpeechContext(view, first, end))
        {
            return;
        }
        var text = view.Text[view.Words[first].Start..view.Words[end - 1].End];
        var key = NameFolding.NameKey(text);
        // "I say, “…”" in an answer: a capitalised pronoun is nobody's name.
        if (key.Length == 0 || (end - first == 1 && Lexicon.IsStopWord(view.Words[first].Lower)))
        {
            return;
        }
        if (!_groups.TryGetValue(key, out var member))
        {
            member = new CastMember(text) { IsGroup = true };
            _groups[key] = member;
        }
        view.Mentions.Add(
            new Mention(
                view.Index,
                first,
                end,
                view.Words[first].Start,
                view.Words[end - 1].End,
                MentionKind.Group,
                text,
                member
            )
        );
        for (var k = first; k < end; k++)
        {
            covered[k] = true;
        }
    }

    /// <summary>
    /// A word that can open a description of a person: "the" (someone named before), "a"/"an" (a source
    /// left unnamed, where it speaks), "his"/"her"/"their" (someone else, named only by an appositive).
    /// </summary>
    private static bool IsDescriptionStart(ParagraphView view, int k) =>
        view.Words[k].Text
            is "the"
                or "The"
                or "a"
                or "A"
                or "an"
                or "An"
                or "his"
                or "His"
                or "her"
                or "Her"
                or "their"
                or "Their";

    /// <summary>"the NATO chief", "the alliance's top civilian official": "the", up to four modifiers, a person noun, and no name after it.</summary>
    private static int DescriptionEnd(ParagraphView view, int the)
    {
        for (var k = the + 1; k < view.Words.Count && k <= the + 5; k++)
        {
            if (view.IsQuoted(k) || !view.AreAdjacent(k - 1, k))
            {
                return -1;
            }
            var word = view.Words[k];
            if (Lexicon.PersonNouns.Contains(word.Bare) && char.IsLower(word.Text[0]))
            {
                // "the company’s chief executive Lee Jae-sung": the head runs over "chief executive".
                while (
                    k + 1 < view.Words.Count
                    && view.AreAdjacent(k, k + 1)
                    && char.IsLower(view.Words[k + 1].Text[0])
                    && Lexicon.PersonNouns.Contains(view.Words[k + 1].Bare)
                )
                {
                    k++;
                    word = view.Words[k];
                }
                var next = k + 1 < view.Words.Count ? view.Words[k + 1] : default;
                var isBeforeName =
                    k + 1 < view.Words.Count
                    && next.IsCapitalised
                    && view.AreAdjacent(k, k + 1)
                    && !Lexicon.NonPersonWords.Contains(next.Text);
                var isOfSomething = k + 1 < view.Words.Count && next.Text == "of";
                return isBeforeName || isOfSomething && word.Text != "head" ? -1 : k + 1;
            }
            if (word.Text is "and" or "or" or "who" or "which" or "that")
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// The first word of a lowercase role right before a name — "park director Anna Kowalczyk",
    /// "opposition leader Irena Kos" — or <paramref name="first"/> when there is none.
    /// </summary>
    private static int LowercaseRoleStart(ParagraphView view, int first)
    {
        var k = first - 1;
        if (
            k < 0
            || view.IsQuoted(k)
            || !view.AreAdjacent(k, first)
            || !char.IsLower(view.Words[k].Text[0])
            || !Lexicon.IsPersonNoun(view.Words[k].Text)
        )
        {
            return first;
        }
        var start = k;
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            var word = view.Words[j];
            var isModifier =
                !view.IsQuoted(j)
                && view.AreAdjacent(j, j + 1)
                && !word.IsPossessive
                && !Lexicon.IsStopWord(word.Lower)
                && !Lexicon.SpeechVerbs.Contains(word.Text)
                && !Lexicon.AuxiliaryWords.Contains(word.Text)
                && !word.Text.Any(char.IsDigit)
                && !(
                    word.IsCapitalised
                    && PersonNameRecognizer.LeadingFunctionWords.Contains(word.Text)
                );
            if (!isModifier)
            {
                break;
            }
            start = j;
        }
        return start;
    }

    /// <summary>", a Russia research fellow at the Institute for the Study of War," after a name (002_…txt line 36).</summary>
    private static string? Appositive(ParagraphView view, int endWord)
    {
        if (endWord >= view.Words.Count)
        {
            return null;
        }
        var afterName = view.Words[endWord - 1].End;
        if (afterName >= view.Text.Length || view.Text[afterName] != ',')
        {
            return null;
        }
        var stop = view.Text.IndexOfAny(AppositiveStops, afterName + 1);
        if (stop < 0)
        {
            stop = view.Text.Length;
        }
        // "U.S." keeps its period inside a word; only a period that ends a word stops the appositive.
        var candidate = view.Text[(afterName + 1)..stop].Trim();
        // An age comes first: "Marie Lefèvre, 43, a nurse who …".
        if (
            candidate.Length > 0
            && candidate.All(char.IsDigit)
            && stop < view.Text.Length
            && view.Text[stop] == ','
        )
        {
            var next = view.Text.IndexOfAny(AppositiveStops, stop + 1);
            candidate = view.Text[(stop + 1)..(next < 0 ? view.Text.Length : next)].Trim();
        }
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 14 || words[0] is "who" or "which" or "that" or "and")
        {
            return null;
        }
        // "a nurse who joined the march": the role ends where a relative clause begins.
        var relative = Array.FindIndex(words, w => w is "who" or "which" or "whose");
        if (relative > 0)
        {
            words = words[..relative];
            candidate = string.Join(' ', words);
        }
        if (
            !words.Any(w =>
                Lexicon.PersonNouns.Contains(w.Trim('’', '\'')) || Lexicon.TitleWords.Contains(w)
            )
        )
        {
            return null;
        }
        return words[0] is "a" or "an" or "the" ? string.Join(' ', words[1..]) : candidate;
    }

    private static readonly char[] AppositiveStops = [',', ';', '.', '(', '“', '"', ':'];

    private static bool IsInSpeechContext(ParagraphView view, NameSequence seq) =>
        IsInSpeechContext(view, seq.FirstWord, seq.EndWord, claims: false);

    /// <summary>
    /// Words [first, end) right before a speech verb ("Rutte said", "the ministry also reported"), right
    /// after one ("said Rutte", "said the ministry") or after "according to"; claim verbs count when
    /// <paramref name="claims"/> is set.
    /// </summary>
    private static bool IsInSpeechContext(
        ParagraphView view,
        int first,
        int end,
        bool claims = true
    )
    {
        bool IsVerb(int k) =>
            claims
                ? IsAttributingVerb(view, k) || PutsOutStatement(view, k)
                : Lexicon.SpeechVerbs.Contains(view.Words[k].Text);
        var k = end;
        while (k < view.Words.Count && IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        if (
            k < view.Words.Count
            && char.IsLower(view.Words[k].Text[0])
            && IsVerb(k)
            && view.AreAdjacent(end - 1, k)
        )
        {
            return true;
        }
        var before = first - 1;
        if (before >= 0 && view.Words[before].Text is "the" or "The")
        {
            before--;
        }
        if (
            before >= 0
            && char.IsLower(view.Words[before].Text[0])
            && IsVerb(before)
            && view.AreAdjacent(before, first - 1 > before ? before + 1 : first)
        )
        {
            return true;
        }
        if (
            before >= 1
            && view.Words[before].Text == "to"
            && view.Words[before - 1].Text is "according" or "According"
        )
        {
            return true;
        }
        return IsSpeakerBeforeAside(view, end, IsVerb);
    }

    private static readonly SearchValues<char> AsideBreaks = SearchValues.Create(".;:“”\"");

    /// <summary>
    /// "Roe, who led the petition, said", "Roe of the city council said": a name, then an aside in commas
    /// or a prepositional phrase, then a speech verb.
    /// </summary>
    private static bool IsSpeakerBeforeAside(ParagraphView view, int end, Func<int, bool> isVerb)
    {
        if (end >= view.Words.Count || view.IsQuoted(end))
        {
            return false;
        }
        var gap = view
            .Text.AsSpan(view.Words[end - 1].End, view.Words[end].Start - view.Words[end - 1].End)
            .Trim(" ()");
        var isAside = gap.SequenceEqual(",");
        if (!isAside && !(gap.IsEmpty && view.Words[end].Text is "of" or "from" or "at" or "with"))
        {
            return false;
        }
        for (var k = end; k < view.Words.Count && k < end + 14; k++)
        {
            if (view.IsQuoted(k))
            {
                return false;
            }
            var after =
                k + 1 < view.Words.Count
                    ? view
                        .Text.AsSpan(view.Words[k].End, view.Words[k + 1].Start - view.Words[k].End)
                        .Trim(" ()")
                    : [];
            if (after.IndexOfAny(AsideBreaks) >= 0)
            {
                return false;
            }
            var closesAside = isAside ? after.SequenceEqual(",") : after.IsEmpty;
            if (!closesAside || k + 1 >= view.Words.Count)
            {
                if (!after.IsEmpty && !after.SequenceEqual(","))
                {
                    return false;
                }
                continue;
            }
            var verb = k + 1;
            while (verb < view.Words.Count && IsAuxiliary(view.Words[verb]))
            {
                verb++;
            }
            if (
                verb < view.Words.Count
                && char.IsLower(view.Words[verb].Text[0])
                && isVerb(verb)
                && (isAside || verb == k + 1)
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"issued a statement", "made the following announcement": a verb whose object is a statement.</summary>
    private static bool PutsOutStatement(ParagraphView view, int k)
    {
        if (
            !char.IsLower(view.Words[k].Text[0])
            || !view.Words[k].Text.EndsWith("ed", StringComparison.Ordinal)
        )
        {
            return false;
        }
        for (var j = k + 1; j < view.Words.Count && j <= k + 3; j++)
        {
            if (view.IsQuoted(j) || !view.AreAdjacent(j - 1, j))
            {
                return false;
            }
            if (Lexicon.StatementNouns.Contains(view.Words[j].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A verb that puts words or a figure forward: a claim verb ("reported"), or a speech verb that takes
    /// a clause ("said", "told") or stands before "that", a colon, a comma or the sentence end; "Russia
    /// continues targeting …" is no statement.
    /// </summary>
    internal static bool IsAttributingVerb(ParagraphView view, int k)
    {
        var word = view.Words[k];
        if (!char.IsLower(word.Text[0]))
        {
            return false;
        }
        if (Lexicon.ClaimVerbs.Contains(word.Text) || Lexicon.BareClauseVerbs.Contains(word.Text))
        {
            return true;
        }
        if (!Lexicon.SpeechVerbs.Contains(word.Text))
        {
            return false;
        }
        if (k + 1 >= view.Words.Count)
        {
            return true;
        }
        var gap = view.Text.AsSpan(word.End, view.Words[k + 1].Start - word.End);
        return view.Words[k + 1].Text == "that"
            || gap.IndexOfAny(ClauseMarks) >= 0
            || gap.Contains('.');
    }

    internal static bool IsAuxiliary(Word word) =>
        Lexicon.AuxiliaryWords.Contains(word.Text)
        || (
            word.Text.Length > 4
            && word.Text.EndsWith("ly", StringComparison.Ordinal)
            && char.IsLower(word.Text[0])
        );

    private void Add(string name, string? role, int priority)
    {
        var key = NameFolding.NameKey(name);
        var member = Match(key);
        if (member is null)
        {
            member = new CastMember(name);
            _members.Add(member);
        }
        else if (key.Contains(' ') && !member.Key.Contains(' '))
        {
            member.Name = name; // "President Trump" first, "Donald Trump" later: keep the full name
        }
        member.OfferRole(role, priority);
    }

    /// <summary>The member a name refers to: the same name, its surname alone, or a one-letter misspelling of it.</summary>
    private CastMember? Match(string key)
    {
        if (key.Length == 0)
        {
            return null;
        }
        var exact = _members.FirstOrDefault(m => m.Key == key);
        if (exact is not null)
        {
            return exact;
        }
        var tokens = key.Split(' ');
        if (tokens.Length == 1)
        {
            // A family name written first ("Lee Jae-sung" … "Lee added") when no one has it as a last name.
            // Two people sharing a surname: the one the article introduced first, usually its subject.
            return _members.FirstOrDefault(m => m.SurnameKey == key)
                ?? OnlyOrNull(_members.Where(m => m.HasGivenName(key)));
        }
        return _members.FirstOrDefault(m => m.SurnameKey == tokens[^1] && !m.Key.Contains(' '))
            ?? _members.FirstOrDefault(m => NameFolding.IsOneEditApart(m.Key, key));
    }

    private static CastMember? OnlyOrNull(IEnumerable<CastMember> members)
    {
        var two = members.Take(2).ToList();
        return two.Count == 1 ? two[0] : null;
    }

    internal static (string? Name, string? Role) ParseAttributionLine(string text)
    {
        var line = text.Trim().TrimStart('—', '–', '-', ' ', '\u00a0');
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        var name = (comma < 0 ? line : line[..comma]).Trim();
        var role = comma < 0 ? null : line[(comma + 1)..].Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (
            words.Length is 0 or > 5
            || !words.All(w => char.IsUpper(w[0]) || Lexicon.NameConnectors.Contains(w))
        )
        {
            return (null, null);
        }
        return (name, string.IsNullOrEmpty(role) ? null : role);
    }
}
