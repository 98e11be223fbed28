using System.Globalization;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Names as NewsBot compares them: case and accents folded, punctuation dropped, so that "Radosław
/// Sikorski", "RADOSLAW SIKORSKI" and "Radoslaw Sikorski" are one key, and a one-letter misspelling is
/// one edit away.
/// </summary>
internal static class NameFolding
{
    // The build uses invariant globalization, where string.Normalize does not decompose accented letters,
    // so Latin letters with diacritics are mapped to their base letter from this table.
    private const string AccentedLetters =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string BaseLetters =
        "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    private const char FirstAccented = '\u00C0';
    private const char LastAccented = '\u024F';

    private static readonly char[] BaseLetterOf = BuildBaseLetters();

    private static char[] BuildBaseLetters()
    {
        var table = new char[LastAccented - FirstAccented + 1];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(FirstAccented + i);
            var accented = AccentedLetters.IndexOf(c, StringComparison.Ordinal);
            table[i] = accented >= 0 ? BaseLetters[accented] : c;
        }
        return table;
    }

    /// <summary>Lowercase, accents removed, letters that do not decompose mapped by hand ("Radosław" → "radoslaw").</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var c = original is >= FirstAccented and <= LastAccented
                ? BaseLetterOf[original - FirstAccented]
                : original;
            var lower = char.ToLowerInvariant(c);
            builder.Append(
                lower switch
                {
                    'ł' => "l",
                    'ø' => "o",
                    'đ' or 'ð' => "d",
                    'ß' => "ss",
                    'æ' => "ae",
                    'œ' => "oe",
                    'þ' => "th",
                    'ı' => "i",
                    '’' or '‘' or '`' or '´' => "'",
                    _ => lower.ToString(),
                }
            );
        }
        return builder.ToString();
    }

    /// <summary>The key of a name for matching and for the index's speaker field: folded, punctuation dropped, single spaces.</summary>
    public static string NameKey(string name)
    {
        var folded = Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is ' ' or '-' && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }

    /// <summary>True when two keys differ by one substitution, insertion or deletion.</summary>
    public static bool IsOneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        if (a.Length == b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        }
        return a.Length > b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>
    /// The edit distance of two words counting a swap of two adjacent letters as one edit (optimal string
    /// alignment), giving up (returning <paramref name="limit"/> + 1) past <paramref name="limit"/>.
    /// </summary>
    public static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(previous[j - 1] + cost, Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }
                current[j] = d;
                best = Math.Min(best, d);
            }
            if (best > limit)
            {
                return limit + 1;
            }
            (before, previous, current) = (previous, current, before);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }
}
