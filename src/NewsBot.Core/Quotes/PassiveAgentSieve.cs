using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Words quoted after a passive verb belong to the agent that follows them: `Lee, who was described as
/// "knife-obsessed" by the police`, `The plan was called "reckless" by Mayor Ann Lee`. The agent is a named person
/// (resolved like any other mention) or an organisation or group ("the police", "the Harbour Safety Department").
/// </summary>
internal sealed class PassiveAgentSieve(MentionResolver mentions)
{
    public Attribution? Find(ParagraphView view, int open, int close)
    {
        var (start, _) = view.SentenceAt(open);
        var by = view.WordAtOrAfter(close + 1);
        if (
            by >= view.Words.Count
            || view.Words[by].Text != "by"
            || view.HasWordsBetween(close + 1, view.Words[by].Start)
            || !SpeechContext.HasPassiveBetween(
                view,
                view.WordAtOrAfter(start),
                view.WordAtOrAfter(open)
            )
        )
        {
            return null;
        }
        var agent = by + 1;
        if (view.MentionStartingAt(agent) is { Kind: MentionKind.Name } name)
        {
            return mentions.Resolve(name) is { } found ? Agent(found) : null;
        }
        var first = agent < view.Words.Count && view.Words[agent].Text == "the" ? agent + 1 : agent;
        var end = first;
        while (
            end < view.Words.Count
            && !view.IsQuoted(end)
            && view.AreAdjacent(end - 1, end)
            && (view.Words[end].IsCapitalised || Lexicon.GroupNouns.Contains(view.Words[end].Text))
            && !view.Words[end].IsPossessive
        )
        {
            end++;
        }
        if (
            end == first
            || !Enumerable
                .Range(first, end - first)
                .Any(k => Lexicon.GroupNouns.Contains(view.Words[k].Bare))
        )
        {
            return null;
        }
        var group = view.Text[view.Words[first].Start..view.Words[end - 1].End];
        return Agent(
            new Attribution(new CastMember(group) { IsGroup = true }, AttributionRule.Explicit)
        );
    }

    private static Attribution Agent(Attribution found) =>
        found with
        {
            Pattern = AttributionPattern.PassiveAgent,
        };
}
