using System.Buffers;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences in one pass over its characters (no regular expressions, so
/// its cost stays linear over a large corpus).
/// </summary>
/// <remarks>
/// A sentence ends at . ! ? (with any closing quotes or brackets after it, which belong to the
/// sentence they close) followed by whitespace and an uppercase letter, a digit or an opening
/// quote. Titles, months and initials ("St.", "Feb.", "J.") never end one; dotted acronyms
/// ("U.S.") only before a word that usually opens a sentence; an ellipsis never does; a doubled
/// period ("objectives.. ", seeds/004:3) does, as does ".”." (seeds/004:7).
/// </remarks>
public static class SentenceSplitter
{
    private const string Terminals = ".!?…";
    private const string Closers = "”’\"')]»";
    private const string Openers = "“‘\"'([«";

    private static readonly SearchValues<char> TerminalValues = SearchValues.Create(Terminals);

    public static IReadOnlyList<Sentence> Split(Paragraph paragraph)
    {
        var bounds = Bounds(paragraph.Text);
        var sentences = new List<Sentence>(bounds.Count);
        foreach (var (start, end) in bounds)
        {
            sentences.Add(new Sentence(paragraph.Text[start..end], start, paragraph.LineAt(start)));
        }
        return sentences;
    }

    /// <summary>The sentence spans [start, end) of a paragraph's text, without copying their text (attribution only needs offsets).</summary>
    internal static List<(int Start, int End)> Bounds(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = SkipWhitespace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(TerminalValues);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            var runEnd = i;
            while (runEnd < text.Length && Terminals.Contains(text[runEnd]))
            {
                runEnd++;
            }
            var end = runEnd;
            while (
                end < text.Length && (Closers.Contains(text[end]) || Terminals.Contains(text[end]))
            )
            {
                end++;
            }
            var next = SkipWhitespace(text, end);
            if (next > end && next < text.Length && IsBoundary(text, i, runEnd, end, next))
            {
                sentences.Add((start, end));
                start = next;
            }
            i = Math.Max(end, i + 1);
        }
        var last = text.Length;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }
        if (last > start)
        {
            sentences.Add((start, last));
        }
        return sentences;
    }

    private static bool IsBoundary(string text, int runStart, int runEnd, int end, int next)
    {
        var first = text[next];
        if (!char.IsUpper(first) && !char.IsAsciiDigit(first) && !Openers.Contains(first))
        {
            return false;
        }
        var run = text.AsSpan(runStart, runEnd - runStart);
        if (run is "…" || (run.Length >= 3 && !run.ContainsAnyExcept('.')))
        {
            // An ellipsis marks words left out, usually inside a sentence.
            return false;
        }
        var closed = end > runEnd;
        if (run is "." && !closed)
        {
            switch (Abbreviations.KindBefore(text, runStart))
            {
                case AbbreviationKind.Title:
                    return false;
                case AbbreviationKind.DottedAcronym:
                    return char.IsLetter(first)
                        && Abbreviations.StartsSentenceAfterAcronym(text, next);
                case AbbreviationKind.None:
                    break;
                default:
                    throw new InvalidOperationException("Unknown abbreviation kind.");
            }
        }
        // “Where else?” Stepanenko asked. — the question ends the quote, not the sentence.
        return !(closed && run[^1] is '?' or '!' && IsNameThenSpeechVerb(text, next));
    }

    private static bool IsNameThenSpeechVerb(string text, int index)
    {
        var nameEnd = index;
        while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]))
        {
            nameEnd++;
        }
        var verbStart = SkipWhitespace(text, nameEnd);
        var verbEnd = verbStart;
        while (verbEnd < text.Length && char.IsLetter(text[verbEnd]))
        {
            verbEnd++;
        }
        return verbEnd > verbStart && Lexicon.SpeechVerbs.Contains(text[verbStart..verbEnd]);
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }
}
