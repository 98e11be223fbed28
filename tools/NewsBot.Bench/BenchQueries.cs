namespace NewsBot.Bench;

/// <summary>Two figures to compare.</summary>
public sealed record ComparePair(string A, string B);

/// <summary>
/// The questions the benchmark asks, built from what a generated corpus holds: words of its quotes and
/// passages as people would type them (a window of words, lower case, a word missing, a typo), and its
/// figures' measures with or without a month.
/// </summary>
public sealed record BenchQueries(
    IReadOnlyList<string> WhoSaid,
    IReadOnlyList<string> Figure,
    IReadOnlyList<ComparePair> Compare,
    IReadOnlyList<string> Search
)
{
    public static BenchQueries From(
        CorpusSample sample,
        int count,
        int seed = SyntheticCorpus.DefaultSeed
    )
    {
        var random = DeterministicRandom.For(seed, sample.Articles, stream: 200);
        var quotes =
            sample.Quotes.Count > 0
                ? sample.Quotes.Select(q => q.Text).ToArray()
                : ["no quotes were generated"];
        var passages = sample.Passages.Count > 0 ? sample.Passages : ["no passages were generated"];
        IReadOnlyList<SyntheticFigure> figures =
            sample.Figures.Count > 0
                ? sample.Figures
                : [new SyntheticFigure("soldiers killed", null)];
        var whoSaid = Enumerable
            .Range(0, count)
            .Select(_ => Typed(random.Pick(quotes), random, 4, 9))
            .ToArray();
        var figure = Enumerable
            .Range(0, count)
            .Select(_ => FigureQuestion(random.Pick(figures), random))
            .ToArray();
        var compare = Enumerable
            .Range(0, count)
            .Select(_ => ComparePair(figures, random))
            .ToArray();
        var search = Enumerable
            .Range(0, count)
            .Select(_ => Typed(random.Pick(passages), random, 2, 6))
            .ToArray();
        return new BenchQueries(whoSaid, figure, compare, search);
    }

    /// <summary>A window of words of <paramref name="text"/>, perturbed the way people type.</summary>
    private static string Typed(string text, DeterministicRandom random, int minWords, int maxWords)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\u201C', '\u201D', '"', ',', '.', ':', ';', '\u2014'))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 0)
        {
            return text;
        }
        var length = Math.Min(words.Count, random.Between(minWords, maxWords));
        var start = random.Next(words.Count - length + 1);
        var window = words.GetRange(start, length);
        if (window.Count > 3 && random.Chance(0.3))
        {
            window.RemoveAt(random.Next(window.Count));
        }
        if (random.Chance(0.2))
        {
            var i = random.Next(window.Count);
            if (window[i].Length >= 5)
            {
                var letters = window[i].ToCharArray();
                var at = random.Between(1, letters.Length - 2);
                (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
                window[i] = new string(letters);
            }
        }
        var typed = string.Join(' ', window);
        return random.Chance(0.5) ? typed.ToLowerInvariant() : typed;
    }

    private static string FigureQuestion(SyntheticFigure figure, DeterministicRandom random) =>
        figure.Month is { } month && random.Chance(0.7)
            ? $"{figure.Measure} in {month}"
            : random.Next(3) switch
            {
                0 => $"{figure.Measure} per month",
                1 => $"how many {figure.Measure}",
                _ => figure.Measure,
            };

    private static ComparePair ComparePair(
        IReadOnlyList<SyntheticFigure> figures,
        DeterministicRandom random
    )
    {
        var a = random.Pick(figures);
        var months = SyntheticVocabulary.Months;
        if (random.Chance(0.6))
        {
            var first = a.Month ?? random.Pick(months);
            var second = months[
                (Array.IndexOf(months, first) + random.Between(1, 11)) % months.Length
            ];
            return new ComparePair($"{a.Measure} in {first}", $"{a.Measure} in {second}");
        }
        return new ComparePair(
            FigureQuestion(a, random),
            FigureQuestion(random.Pick(figures), random)
        );
    }
}
