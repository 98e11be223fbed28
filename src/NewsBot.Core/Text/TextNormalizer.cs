using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;

namespace NewsBot.Core.Text;

/// <summary>
/// Maps typographic variants to one form before tokenizing, so that "Russia’s" in an article and
/// "Russia's" typed in Discord are the same token and curly quotes never glue onto words.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Each variant and the one character it becomes: one character for one, so offsets never move.</summary>
    private static readonly (char From, char To)[] Mappings =
    [
        ('\u2019', '\''),
        ('\u2018', '\''),
        ('\u02BC', '\''),
        ('\u201C', '"'),
        ('\u201D', '"'),
        ('\u2014', ' '),
        ('\u2013', ' '),
    ];

    /// <summary>The same mappings for Lucene's <see cref="MappingCharFilter"/>.</summary>
    public static NormalizeCharMap CharMap { get; } = BuildCharMap();

    public static char Map(char c)
    {
        // All variants are above U+02B0; almost every character of an article is below it.
        if (c < '\u02BC')
        {
            return c;
        }
        foreach (var (from, to) in Mappings)
        {
            if (c == from)
            {
                return to;
            }
        }
        return c;
    }

    /// <summary>
    /// The char filter of the analysers: the same output as a <see cref="MappingCharFilter"/> over
    /// <see cref="CharMap"/>, read a block at a time instead of a character at a time (the mapping
    /// filter's per-character reads were the costliest single method in a profile of indexing).
    /// </summary>
    public static TextReader Filter(TextReader reader) => new OneForOneCharFilter(reader);

    /// <summary>Lucene's own filter over <see cref="CharMap"/>: the reference that <see cref="Filter"/> is checked against.</summary>
    public static TextReader MappingFilter(TextReader reader) =>
        new MappingCharFilter(CharMap, reader);

    private static NormalizeCharMap BuildCharMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in Mappings)
        {
            builder.Add(from.ToString(), to.ToString());
        }
        return builder.Build();
    }

    private sealed class OneForOneCharFilter(TextReader input) : CharFilter(input)
    {
        protected override int Correct(int currentOff) => currentOff;

        public override int Read()
        {
            var c = m_input.Read();
            return c < 0 ? c : Map((char)c);
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var read = m_input.Read(buffer, index, count);
            for (var i = index; i < index + read; i++)
            {
                buffer[i] = Map(buffer[i]);
            }
            return read;
        }
    }
}
