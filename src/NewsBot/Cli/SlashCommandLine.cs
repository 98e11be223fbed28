using System.Text.RegularExpressions;
using NewsBot.Core.Commands;

namespace NewsBot.Cli;

/// <summary>
/// Reads a slash-command line as typed in Discord: <c>/compare a: losses in December b: losses in January</c>.
/// An option is a lowercase name, a colon and a space, as Discord shows it; a name the command does not
/// take is an error (<c>/who-said query: …</c>), not text of the question, except as the first word of a
/// value (<c>a: losses: December</c>) or capitalised (<c>Update: …</c>), where the colon stays text. A
/// command with one required option also takes its value without the name (<c>/search drones</c>), and
/// its name without the colon (<c>/search query drones</c>).
/// </summary>
public static partial class SlashCommandLine
{
    public static Question Parse(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('/'))
        {
            throw new UsageException(
                "Commands start with a slash, for example /search query: drones. Type /help for the list."
            );
        }
        var space = trimmed.IndexOfAny([' ', '\t']);
        var name = (space < 0 ? trimmed[1..] : trimmed[1..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        if (!Question.Shapes.TryGetValue(name, out var shape))
        {
            throw new UsageException($"Unknown command '/{name}'. Type /help for the list.");
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var known = shape.All.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = OptionName().Matches(rest).ToList();
        var markers = found.Where(m => known.Contains(m.Groups["name"].Value)).ToList();
        if (
            found.FirstOrDefault(m =>
                !known.Contains(m.Groups["name"].Value)
                && m.Groups["name"].Value.All(c => !char.IsUpper(c))
                && !markers.Any(k =>
                    k.Index + k.Length <= m.Index
                    && rest[(k.Index + k.Length)..m.Index].Trim().Length == 0
                )
            ) is
            { } unknown
        )
        {
            throw new UsageException(
                $"/{name} has no option '{unknown.Groups["name"].Value}'. Use: {Usage(name, shape)}"
            );
        }
        if (
            markers.Count == 0
            && shape.Required.Count == 1
            && BareOptionName(rest, shape.Required[0]) is { } value
        )
        {
            options[shape.Required[0]] = value;
            return new Question(name, options);
        }
        if (markers.Count == 0 || markers[0].Index > 0)
        {
            var leading = (markers.Count == 0 ? rest : rest[..markers[0].Index]).Trim();
            if (leading.Length > 0)
            {
                if (shape.Required.Count != 1)
                {
                    throw new UsageException($"Name the options of /{name}: {Usage(name, shape)}");
                }
                options[shape.Required[0]] = leading;
            }
        }
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : rest.Length;
            options[markers[i].Groups["name"].Value.ToLowerInvariant()] = rest[start..end].Trim();
        }
        return new Question(name, options);
    }

    /// <summary>
    /// Reads <c>/reindex</c>, <c>/reindex full</c> or <c>/reindex full: true</c> (Discord's boolean option as
    /// typed there): true to rebuild every article, false for the changed ones; null for any other command.
    /// </summary>
    public static bool? Reindex(string line)
    {
        var words = line.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (
            words.Length == 0
            || !words[0].Equals("/" + ReindexCommand, StringComparison.OrdinalIgnoreCase)
        )
        {
            return null;
        }
        return string.Join(' ', words[1..])
            .ToLowerInvariant()
            .Replace(": ", ":", StringComparison.Ordinal) switch
        {
            "" or "full:false" => false,
            "full" or "full:true" => true,
            _ => throw new UsageException(
                $"/{ReindexCommand} takes only full, for example /{ReindexCommand} full: true."
            ),
        };
    }

    /// <summary>
    /// Reads <c>/add-article url: &lt;link&gt;</c>, <c>/add-article file: &lt;path&gt;</c> (a bare value is a
    /// link when it has a scheme, a path otherwise) and <c>/remove-article file: &lt;name&gt;</c>; null for
    /// any other command.
    /// </summary>
    public static ArticleChange? ArticleChange(string line)
    {
        var trimmed = line.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        var name = (space < 0 ? trimmed : trimmed[..space]).TrimStart('/').ToLowerInvariant();
        if (
            !trimmed.StartsWith('/')
            || name is not (CommandCatalog.AddArticle.Name or CommandCatalog.RemoveArticle.Name)
        )
        {
            return null;
        }
        var rest = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        var option = OptionName().Match(rest);
        var named = option.Success && option.Index == 0 ? option.Groups["name"].Value : null;
        var value = (named is null ? rest : rest[option.Length..]).Trim();
        var isRemove = name == CommandCatalog.RemoveArticle.Name;
        var allowed = isRemove
            ? [CommandCatalog.RemoveArticle.File]
            : new[] { CommandCatalog.AddArticle.Url, CommandCatalog.AddArticle.File };
        if (
            value.Length == 0
            || (named is not null && !allowed.Contains(named, StringComparer.OrdinalIgnoreCase))
        )
        {
            throw new UsageException(
                isRemove
                    ? $"/{name} takes the file to remove, for example /{name} file: 20260304_1f2e3d4c5b6a7980.txt."
                    : $"/{name} takes a link or a file, for example /{name} url: https://example.org/news/story."
            );
        }
        var isFile =
            !isRemove
            && (
                string.Equals(
                    named,
                    CommandCatalog.AddArticle.File,
                    StringComparison.OrdinalIgnoreCase
                ) || (named is null && !value.Contains("://", StringComparison.Ordinal))
            );
        return new ArticleChange(name, value, isFile);
    }

    /// <summary>The value after the option's name typed without its colon (<c>quote killing Russia</c>), or null.</summary>
    private static string? BareOptionName(string rest, string option) =>
        rest.Length > option.Length + 1
        && rest.StartsWith(option, StringComparison.OrdinalIgnoreCase)
        && char.IsWhiteSpace(rest[option.Length])
            ? rest[option.Length..].Trim()
            : null;

    public const string ReindexCommand = "reindex";

    public static string Usage(string name, QuestionShape shape) =>
        $"/{name} "
        + string.Join(
            " ",
            shape
                .Required.Select(o => $"{o}: <text>")
                .Concat(shape.Optional.Select(o => $"[{o}: <text>]"))
        );

    [GeneratedRegex(@"(?<=^|\s)(?<name>[a-z][a-z-]*):(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionName();
}

/// <summary>An <c>/add-article</c> or <c>/remove-article</c> typed in the console: a link, or a file path or name.</summary>
public sealed record ArticleChange(string Command, string Value, bool IsFile);
