namespace NewsBot.Core.Text;

/// <summary>
/// The people of one article and every mention of them in reading order. Built in two passes: first the
/// names the article introduces with a title, an appositive, an attribution line or as the subject of a
/// speech verb; then every reference to them (surname, pronoun, description), so that "he said" and
/// "The NATO chief" can be resolved to the most recent compatible person.
/// </summary>
internal sealed class ArticleCast
{
    private readonly List<CastMember> _members = [];
    private readonly Dictionary<string, CastMember> _groups = new(StringComparer.Ordinal);
    private readonly List<ParagraphView> _views;
    private readonly PronounResolver _pronouns;
    private readonly DescriptionResolver _descriptions;
    private readonly TranscriptSpeakers _transcript;

    public ArticleCast(List<ParagraphView> views)
    {
        _views = views;
        var introductions = new IntroductionFinder(this);
        foreach (var view in views)
        {
            introductions.Introduce(view);
        }
        var mentions = new MentionFinder(this);
        foreach (var view in views)
        {
            mentions.FindMentions(view);
        }
        _pronouns = new PronounResolver(views, _members);
        _descriptions = new DescriptionResolver(this, views);
        _transcript = new TranscriptSpeakers(this, views);
    }

    public IReadOnlyList<CastMember> Members => _members;

    /// <summary>The article's paragraphs, in order.</summary>
    public List<ParagraphView> Views => _views;

    /// <summary>The person a pronoun or description refers to, or the named person itself.</summary>
    public CastMember? Resolve(Mention mention) =>
        mention.Kind switch
        {
            MentionKind.Name => mention.Member,
            MentionKind.Pronoun => _pronouns.Resolve(mention),
            MentionKind.Group => mention.Member,
            MentionKind.Description => _descriptions.Resolve(mention),
            _ => throw new InvalidOperationException($"Unknown mention kind {mention.Kind}."),
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

    /// <summary>The speaker of a transcript paragraph by its label (see <see cref="TranscriptSpeakers"/>).</summary>
    public CastMember? LabelSpeaker(ParagraphView view) => _transcript.LabelSpeaker(view);

    /// <summary>The person an interview or transcript is with (see <see cref="TranscriptSpeakers.Interviewee"/>).</summary>
    public CastMember? Interviewee() => _transcript.Interviewee();

    /// <summary>The attribution line "— Name, Role" as a cast member.</summary>
    public CastMember? FromAttributionLine(ParagraphView view)
    {
        var (name, _) = IntroductionFinder.ParseAttributionLine(view.Text);
        return name is null ? null : Match(NameFolding.NameKey(name));
    }

    internal IEnumerable<CastMember> PeopleBefore(int paragraph, int offset)
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

    /// <summary>The one member standing for a group or an unnamed source, made the first time its key is met.</summary>
    internal CastMember Group(string key, string text)
    {
        if (!_groups.TryGetValue(key, out var member))
        {
            member = new CastMember(text) { IsGroup = true };
            _groups[key] = member;
        }
        return member;
    }

    internal void Add(string name, string? role, int priority)
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
    internal CastMember? Match(string key)
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
                ?? OnlyOrNull(_members.Where(m => m.HasGivenName(key)))
                ?? OnlyOrNull(_members.Where(m => IsMisspeltSurname(m, key)));
        }
        return _members.FirstOrDefault(m => m.SurnameKey == tokens[^1] && !m.Key.Contains(' '))
            ?? _members.FirstOrDefault(m => NameFolding.IsOneEditApart(m.Key, key));
    }

    /// <summary>
    /// "Sally Wasef … Wasif suggested": a surname alone one letter away from the surname of a person named in full
    /// (same first letter, five letters or more) is that person misspelt, when no one else's is as close.
    /// </summary>
    private static bool IsMisspeltSurname(CastMember member, string key) =>
        !member.IsGroup
        && member.Key.Contains(' ')
        && key.Length >= 5
        && member.SurnameKey.Length >= 5
        && member.SurnameKey[0] == key[0]
        && NameFolding.IsOneEditApart(member.SurnameKey, key);

    private static CastMember? OnlyOrNull(IEnumerable<CastMember> members)
    {
        var two = members.Take(2).ToList();
        return two.Count == 1 ? two[0] : null;
    }
}
