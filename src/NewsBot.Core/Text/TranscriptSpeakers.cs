namespace NewsBot.Core.Text;

/// <summary>Who speaks a transcript's labelled paragraph: the person its label names, or the interviewee for "A:".</summary>
internal sealed class TranscriptSpeakers(ArticleCast cast, List<ParagraphView> views)
{
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
            var owners = cast
                .Members.Where(m => !m.IsGroup && Initials(m.Name) == label.Name)
                .Take(2)
                .ToList();
            if (owners.Count == 1)
            {
                return owners[0];
            }
        }
        return IsPersonLabel(label.Name) || label.IsInitials
            ? cast.Match(NameFolding.NameKey(label.Name))
            : null;
    }

    private CastMember? _interviewee;

    /// <summary>The interviewee: the person the article names most before its first labelled paragraph.</summary>
    public CastMember? Interviewee()
    {
        if (_interviewee is not null)
        {
            return _interviewee;
        }
        var firstLabel = views.FindIndex(v => v.Label is not null);
        _interviewee = views
            .Take(firstLabel < 0 ? views.Count : firstLabel)
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
    internal static bool IsPersonLabel(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w =>
            !Lexicon.NonPersonWords.Contains(w)
            && !Lexicon.TitleWords.Contains(w)
            && !Lexicon.GroupNouns.Contains(w)
        );
    }
}
