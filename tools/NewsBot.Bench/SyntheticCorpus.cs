using System.Globalization;
using System.Text.RegularExpressions;
using static NewsBot.Bench.SyntheticVocabulary;

namespace NewsBot.Bench;

/// <summary>
/// Writes any number of synthetic news articles by recombining and perturbing the paragraphs of the
/// seed articles: invented people replace the seeds' speakers, numbers, months and places vary, and
/// generated paragraphs add quotes ("…," X said; pull quotes with an attribution line; split quotes)
/// and figures (ranges, money, percentages, per month) so that both exist at scale. The seeds' mess is
/// kept: hard wraps, curly and straight quotes, captions, URLs, "Related article:" lines, CRLF, BOM.
/// Article <c>i</c> depends only on the seed and <c>i</c>: the same seed gives the same bytes, and a
/// corpus of 1,000 is the first 1,000 articles of a corpus of 10,000.
/// </summary>
public sealed partial class SyntheticCorpus : ICorpusGenerator
{
    public const int DefaultSeed = 20260224;

    private readonly int _seed;
    private readonly IReadOnlyList<IReadOnlyList<string>> _seedParagraphs;
    private readonly IReadOnlyList<string> _seedQuotes;

    public SyntheticCorpus(string seedsFolder, int seed = DefaultSeed)
    {
        _seed = seed;
        var files = Directory
            .GetFiles(seedsFolder, "*.txt")
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No seed articles (*.txt) in '{seedsFolder}'.");
        }
        var texts = files
            .Select(f => File.ReadAllText(f).Replace("\r\n", "\n").TrimStart('\uFEFF'))
            .ToArray();
        _seedParagraphs = texts.Select(ArticleLayout.Paragraphs).ToArray();
        _seedQuotes = texts
            .SelectMany(t =>
                CurlyQuote().Matches(t).Select(m => m.Groups[1].Value.TrimEnd(',', '.', ' '))
            )
            .Where(q => q.Length >= 25 && !q.Contains('\n'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public int Seed => _seed;

    /// <summary>Article number <paramref name="index"/> of this corpus.</summary>
    public SyntheticArticle Article(int index)
    {
        var random = DeterministicRandom.For(_seed, index);
        var writer = new ArticleWriter(this, random);
        return writer.Write(index);
    }

    [GeneratedRegex("\u201C([^\u201D]+)\u201D")]
    private static partial Regex CurlyQuote();

    /// <summary>Numbers as the seeds write them: 35,000, 1.1, 90. Years are matched too, and left alone.</summary>
    [GeneratedRegex(
        @"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])"
    )]
    private static partial Regex Number();

    /// <summary>A month's name: the seeds' months are varied, and a real paragraph's first month dates its figures.</summary>
    [GeneratedRegex(
        @"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    )]
    internal static partial Regex Month();

    private sealed record Person(string First, string Last, string Role, bool IsFemale)
    {
        public string Full => First + " " + Last;

        public string Pronoun => IsFemale ? "she" : "he";
    }

    /// <summary>Writes one article; holds its cast and what it has written so far.</summary>
    private sealed class ArticleWriter(SyntheticCorpus corpus, DeterministicRandom random)
    {
        private readonly List<SyntheticQuote> _quotes = [];
        private readonly List<SyntheticFigure> _figures = [];
        private readonly List<string> _passages = [];
        private readonly string _city = random.Pick(Cities);
        private readonly string _country = random.Pick(Countries);
        private Person[] _cast = [];

        public SyntheticArticle Write(int index)
        {
            _cast = Enumerable.Range(0, 5).Select(_ => NewPerson()).ToArray();
            var blocks = new List<string>();
            var baseSeed = random.Pick(corpus._seedParagraphs);
            foreach (var paragraph in baseSeed)
            {
                if (random.Chance(0.75))
                {
                    blocks.Add(Perturb(paragraph));
                }
            }
            for (var extra = random.Next(3); extra > 0; extra--)
            {
                var other = random.Pick(corpus._seedParagraphs);
                blocks.Insert(random.Next(blocks.Count + 1), Perturb(random.Pick(other)));
            }
            for (var generated = random.Between(3, 8); generated > 0; generated--)
            {
                blocks.Insert(random.Next(blocks.Count + 1), GeneratedParagraph());
            }
            if (random.Chance(0.4))
            {
                blocks.Insert(
                    0,
                    $"{_city.ToUpperInvariant()}, {_country} \u2014 {blocks.FirstOrDefault() ?? ""}"
                );
                blocks.RemoveAt(1);
            }
            if (random.Chance(0.5))
            {
                blocks.Insert(0, Headline());
            }
            if (random.Chance(0.3))
            {
                blocks.Insert(1, Caption());
            }
            foreach (var block in blocks)
            {
                if (!block.Contains('\n', StringComparison.Ordinal) && block.Length > 40)
                {
                    _passages.Add(block);
                }
            }
            var bytes = ArticleLayout.Bytes(blocks, random);
            var name = $"{index:D6}_{random.Hex(16)}.txt";
            return new SyntheticArticle(name, bytes, _quotes, _figures, _passages);
        }

        private Person NewPerson()
        {
            var (first, isFemale) = random.Pick(FirstNames);
            return new Person(first, random.Pick(LastNames), Fill(random.Pick(Roles)), isFemale);
        }

        /// <summary>A seed paragraph with the seeds' people, places, months and numbers replaced.</summary>
        private string Perturb(string paragraph)
        {
            var text = paragraph;
            for (var i = 0; i < SeedPeople.Length; i++)
            {
                text = text.Replace(SeedPeople[i].Full, _cast[i].Full, StringComparison.Ordinal)
                    .Replace(SeedPeople[i].Last, _cast[i].Last, StringComparison.Ordinal);
            }
            foreach (var city in SeedCities)
            {
                text = text.Replace(
                        city.ToUpperInvariant(),
                        _city.ToUpperInvariant(),
                        StringComparison.Ordinal
                    )
                    .Replace(city, _city, StringComparison.Ordinal);
            }
            foreach (var country in SeedCountries)
            {
                text = text.Replace(country, _country, StringComparison.Ordinal);
            }
            text = Month().Replace(text, _ => random.Pick(Months));
            return Number().Replace(text, m => PerturbNumber(m.Value));
        }

        private string PerturbNumber(string number)
        {
            var digits = number.Replace(",", "", StringComparison.Ordinal);
            if (
                !decimal.TryParse(
                    digits,
                    NumberStyles.Number,
                    CultureInfo.InvariantCulture,
                    out var value
                )
            )
            {
                return number;
            }
            if (!number.Contains(',') && !number.Contains('.') && value is >= 1900 and <= 2100)
            {
                return number; // a year
            }
            var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
            var scaled = value * (decimal)(0.6 + 0.8 * random.NextDouble());
            if (decimals == 0)
            {
                var magnitude =
                    scaled >= 1000 ? 100m
                    : scaled >= 100 ? 10m
                    : 1m;
                scaled = Math.Max(1, Math.Round(scaled / magnitude) * magnitude);
                if (value <= 31)
                {
                    scaled = Math.Clamp(scaled, 1, 28);
                }
            }
            var rounded = Math.Round(scaled, decimals);
            var format =
                (number.Contains(',') ? "#,##0" : "0")
                + (decimals > 0 ? "." + new string('0', decimals) : "");
            return rounded.ToString(format, CultureInfo.InvariantCulture);
        }

        private string GeneratedParagraph() =>
            random.Next(10) switch
            {
                0 or 1 => SaidQuote(),
                2 => SplitQuote(),
                3 => PullQuote(),
                4 => ColonQuote(),
                5 => ReportedSpeech(),
                6 or 7 => RangeFigure(),
                8 => MoneyFigure(),
                _ => PercentFigure(),
            };

        private string SaidQuote()
        {
            var person = random.Pick(_cast);
            var quote = Statement();
            Said(quote, person);
            return random.Next(3) switch
            {
                0 => $"\u201C{quote},\u201D {person.Full} said.",
                1 =>
                    $"\u201C{quote},\u201D said {person.Full}, {person.Role}, in {_city} on {random.Pick(Months)} {random.Between(1, 28)}.",
                _ => $"{person.Last} added: \u201C{quote}.\u201D",
            };
        }

        private string SplitQuote()
        {
            var person = random.Pick(_cast);
            var first = Statement();
            var second = Statement();
            Said(first, person);
            Said(second, person);
            return $"\u201C{first},\u201D {person.Pronoun} said, \u201C{Lower(second)}.\u201D";
        }

        private string PullQuote()
        {
            var person = random.Pick(_cast);
            var quote = Statement();
            Said(quote, person);
            return $"\u201C{quote}.\u201D\n\u2014 {person.Full}, {Capitalise(person.Role)}";
        }

        private string ColonQuote()
        {
            var person = random.Pick(_cast);
            var quote = Statement();
            Said(quote, person);
            return $"Speaking to reporters in {_city}, {person.Full}, {person.Role}, was blunt: \u201C{quote}.\u201D";
        }

        private string ReportedSpeech()
        {
            var person = random.Pick(_cast);
            var quote = Statement();
            Said(quote, person);
            return $"{person.Full} said {person.Pronoun} believed that {Lower(quote)}, and that the coming weeks would show it.";
        }

        private string RangeFigure()
        {
            var person = random.Pick(_cast);
            var side = random.Pick(Sides);
            var (unit, verb) = random.Pick(Measures);
            var low = random.Between(2, 400) * 100;
            var high = low + random.Between(1, 80) * 100;
            var month = random.Pick(Months);
            var measure = $"{side} {unit} {verb}";
            switch (random.Next(4))
            {
                case 0:
                    _figures.Add(new SyntheticFigure(measure, null));
                    return $"Between {low:N0} and {high:N0} {side} {unit} are being {verb} each month, {person.Full} said, a figure {person.Pronoun} called unsustainable.";
                case 1:
                    _figures.Add(new SyntheticFigure(measure, month));
                    _figures.Add(new SyntheticFigure(measure, NextMonth(month)));
                    return $"\u201CIn {month}, they lost {low:N0} of their own {unit}, and in {NextMonth(month)} \u2014 {high:N0},\u201D {person.Last} said.";
                case 2:
                    _figures.Add(new SyntheticFigure(measure, null));
                    return $"{random.Pick(Organisations)} estimated that {low:N0}\u2013{high:N0} {side} {unit} were {verb} per month, with approximately {random.Between(2, 90) * 100:N0} {verb} daily at the peak.";
                default:
                    _figures.Add(new SyntheticFigure(measure, month));
                    return $"In {month} alone, over {low:N0} {side} {unit} were {verb}, {random.Pick(Organisations).ToLowerInvariant()} reported, up from {low / 2:N0} to {high:N0} a month earlier.";
            }
        }

        private string MoneyFigure()
        {
            var total = random.Between(1, 90) * 50;
            var part = Math.Max(10, total / random.Between(2, 5));
            var country = random.Pick(Countries);
            _figures.Add(new SyntheticFigure($"military aid from {country}", null));
            return random.Chance(0.5)
                ? $"Allies announced a further ${total} million in military aid, with over ${part} million coming from {country} for air defence missiles."
                : $"{country} will spend \u20AC{total / 10.0:0.0} bn on drones next year, {random.Pick(_cast).Full} told lawmakers.";
        }

        private string PercentFigure()
        {
            var (unit, verb) = random.Pick(Measures);
            var percent = random.Between(5, 95);
            _figures.Add(new SyntheticFigure($"share of {unit} {verb}", null));
            return random.Chance(0.5)
                ? $"Attack drones now account for approximately {percent}% of all {unit} {verb}, according to {random.Pick(_cast).Full}."
                : $"Some {percent} per cent of the {unit} were {verb} since the invasion, {random.Pick(Organisations).ToLowerInvariant()} said.";
        }

        private string Headline()
        {
            var person = _cast[0];
            var template = random.Pick(SyntheticVocabulary.Headlines);
            return Fill(template)
                .Replace("{Last}", person.Last, StringComparison.Ordinal)
                .Replace("{Full}", person.Full, StringComparison.Ordinal)
                .Replace("{Unit}", random.Pick(Measures).Unit, StringComparison.Ordinal)
                .Replace("{Side}", random.Pick(Sides), StringComparison.Ordinal)
                .Replace(
                    "{Short}",
                    Capitalise(
                        random.Pick(QuoteObjects).Replace("{City}", _city, StringComparison.Ordinal)
                    ),
                    StringComparison.Ordinal
                );
        }

        private string Caption() =>
            $"{_cast[0].Full} speaks during a press conference in {_city}, on {random.Pick(Months)[..3]}. {random.Between(1, 28)}. {random.Pick(Photographers)}";

        /// <summary>One sentence of a quote: a seed quote perturbed, or a recombined statement.</summary>
        private string Statement()
        {
            if (random.Chance(0.25) && corpus._seedQuotes.Count > 0)
            {
                return Perturb(random.Pick(corpus._seedQuotes));
            }
            return Fill(
                $"{random.Pick(QuoteSubjects)} {random.Pick(QuoteVerbs)} {random.Pick(QuoteObjects)} {random.Pick(QuoteTails)}"
            );
        }

        private void Said(string quote, Person person) =>
            _quotes.Add(new SyntheticQuote(quote, person.Full));

        private string Fill(string template) =>
            template
                .Replace("{City}", random.Pick(Cities), StringComparison.Ordinal)
                .Replace("{Month}", random.Pick(Months), StringComparison.Ordinal);

        private static string NextMonth(string month) =>
            Months[(Array.IndexOf(Months, month) + 1) % Months.Length];

        private static string Lower(string text) =>
            text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])
                ? char.ToLowerInvariant(text[0]) + text[1..]
                : text;

        private static string Capitalise(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
