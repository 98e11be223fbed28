using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Discord.Tests.Rendering;

/// <summary>Generated article text: markdown, mentions, line breaks, accents and emoji (surrogate pairs), of any length.</summary>
internal static class Generators
{
    private static readonly string[] s_pieces =
    [
        "a",
        "Z",
        " ",
        "0",
        "9",
        "*",
        "_",
        "~",
        "`",
        "|",
        ">",
        "#",
        "[",
        "]",
        "(",
        ")",
        "-",
        "<",
        ":",
        "@everyone",
        "@here",
        "<@123>",
        "\\",
        "\n",
        "\r\n",
        "é",
        "ł",
        "😀",
        "“",
        "”",
        "’",
        "killing",
        "Russia",
        "**",
        "```",
        "https://x.test/a_b",
    ];

    public static Gen<string> Text(int maxLength) =>
        from length in Gen.Choose(0, maxLength)
        from seed in Gen.Choose(0, int.MaxValue)
        select Make(length, seed);

    private static string Make(int length, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(s_pieces[random.Next(s_pieces.Length)]);
        }

        return text.ToString();
    }

    public static Gen<IReadOnlyList<SourceRef>> Sources =>
        from count in Gen.Choose(0, 60)
        from file in Text(80)
        select (IReadOnlyList<SourceRef>)
            [.. Enumerable.Range(1, count).Select(i => new SourceRef(file + i, i))];

    public static Gen<QuoteResult> Quote =>
        from name in Text(300)
        from role in Text(300)
        from quote in Text(5000)
        from passage in Text(8000)
        from sources in Sources
        from reported in Gen.Elements(true, false)
        select new QuoteResult(new Person(name, role), quote, passage, sources, 1, 0.5, reported);

    public static Gen<FigureResult> Figure =>
        from measure in Text(400)
        from text in Text(400)
        from unit in Text(50)
        from period in Text(100)
        from claimant in Text(300)
        from passage in Text(6000)
        from sources in Sources
        from value in Gen.Choose(-1000000, 1000000)
        select new FigureResult(
            value,
            value - 10,
            value + 10,
            unit,
            text,
            measure,
            period,
            "about",
            claimant,
            passage,
            sources,
            1,
            0.7
        );

    public static Gen<string> Query => Text(600);
}
