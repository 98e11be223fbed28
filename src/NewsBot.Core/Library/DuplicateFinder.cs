using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Library;

/// <summary>
/// Finds an article of the folder that a new one repeats: the same link among its first lines, or the
/// same text (the new article's words, case and punctuation aside, all found in order in one file).
/// </summary>
internal sealed class DuplicateFinder(string articlesFolder, long maxFileBytes)
{
    /// <summary>How many opening lines of a file may hold its link.</summary>
    private const int HeaderLines = 8;

    /// <summary>The relative path of the file the article repeats, or null.</summary>
    public string? Find(IEnumerable<string> links, IEnumerable<string> paragraphs)
    {
        var wanted = links.ToHashSet(StringComparer.Ordinal);
        var words = Words(string.Join('\n', paragraphs));
        if (!Directory.Exists(articlesFolder))
        {
            return null;
        }
        var reader = new ArticleFolderReader(articlesFolder, maxFileBytes);
        foreach (var file in reader.List())
        {
            // Read as the index reads it: a link out of the folder or to a device is not read at all.
            if (reader.ReadText(file) is not { } text)
            {
                continue;
            }
            var header = text.Split('\n', HeaderLines + 1).Take(HeaderLines).Select(l => l.Trim());
            if (header.Any(wanted.Contains))
            {
                return file.RelativePath;
            }
            if (words.Length > 0 && Words(text).Contains(words, StringComparison.Ordinal))
            {
                return file.RelativePath;
            }
        }
        return null;
    }

    /// <summary>Lower-case letters and digits, one space between words.</summary>
    internal static string Words(string text)
    {
        var words = new StringBuilder(text.Length);
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && words.Length > 0)
                {
                    words.Append(' ');
                }
                words.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }
        return words.ToString();
    }
}
