using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The people of the whole coverage as one identity each: "Mark Rutte", "Rutte" and "NATO Secretary General
/// Mark Rutte" are one person. Names match without regard to case and accents, and a one-letter
/// misspelling of a known full name joins it ("Radostaw Sikorski", 001_…txt line 54, is "Radosław Sikorski").
/// </summary>
/// <remarks>
/// The spelling kept is the one with the most non-ASCII letters, then the most frequent, then the longest:
/// misspellings in the coverage come from transliteration, OCR and keyboards, which lose diacritics
/// (ł read as t) and almost never add them. The role kept is the one the coverage gives most often.
/// </remarks>
public sealed class PersonDirectory
{
    private const int MinMisspeltNameLength = 8;

    private readonly List<Identity> _identities;
    private readonly IdentityIndex _index;

    private PersonDirectory(List<Identity> identities, IdentityIndex index)
    {
        _identities = identities;
        _index = index;
    }

    public static PersonDirectory Empty { get; } = new([], new IdentityIndex());

    /// <summary>Every person, most quoted first.</summary>
    public IReadOnlyList<Person> People =>
        _identities.OrderByDescending(i => i.Count).Select(i => i.Person).ToList();

    public static PersonDirectory Build(IEnumerable<Person> people)
    {
        var spellings = people
            .Where(p => NameKey(p.Name).Length > 0 && !IsUnnamed(p.Name))
            .GroupBy(p => p.Name.Trim())
            .Select(g =>
                (
                    Name: g.Key,
                    Key: NameKey(g.Key),
                    Count: g.Count(),
                    Roles: g.Select(p => p.Role).OfType<string>().ToList()
                )
            )
            .OrderByDescending(s => s.Key.Contains(' '))
            .ThenByDescending(s => s.Count)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var identities = new List<Identity>();
        var index = new IdentityIndex();
        foreach (var spelling in spellings)
        {
            var identity = index.Find(spelling.Key);
            if (identity is null)
            {
                identity = new Identity();
                identities.Add(identity);
            }
            identity.Add(spelling.Name, spelling.Key, spelling.Count, spelling.Roles);
            index.Add(identity, spelling.Key);
        }
        return new PersonDirectory(identities, index);
    }

    /// <summary>"a senior official": a source its article leaves unnamed is nobody's identity across articles.</summary>
    public static bool IsUnnamed(string name) =>
        name.StartsWith("a ", StringComparison.Ordinal)
        || name.StartsWith("an ", StringComparison.Ordinal)
        || name.StartsWith("the ", StringComparison.Ordinal);

    /// <summary>The identity's best spelling and role for a speaker as one article named them; the person itself when unknown.</summary>
    public Person Canonical(Person person) => Lookup(NameKey(person.Name))?.Person ?? person;

    /// <summary>The canonical key of a person (for grouping quotes of one identity).</summary>
    public string KeyOf(Person person) => NameKey(Canonical(person).Name);

    /// <summary>People whose name, or a word of it, starts with <paramref name="nameOrPrefix"/>; exact matches first, then the most quoted.</summary>
    public IReadOnlyList<Person> Find(string nameOrPrefix)
    {
        var query = NameKey(nameOrPrefix);
        if (query.Length == 0)
        {
            return People;
        }
        return _identities
            .Select(i => (Identity: i, Rank: i.Rank(query)))
            .Where(x => x.Rank > 0)
            .OrderByDescending(x => x.Rank)
            .ThenByDescending(x => x.Identity.Count)
            .ThenBy(x => x.Identity.Person.Name, StringComparer.Ordinal)
            .Select(x => x.Identity.Person)
            .ToList();
    }

    /// <summary>
    /// The people a name given by a reader (/quotes) names in whole words: their full name, their surname
    /// (everyone sharing it), their first name, "de Vries"; most quoted first. The name is plain
    /// text: one with characters no name has (<c>*</c>, <c>?</c>, <c>~</c>, quotation marks) names nobody.
    /// </summary>
    public IReadOnlyList<Person> Named(string name)
    {
        var key = NameKey(name);
        if (key.Length == 0 || !name.All(IsNameCharacter))
        {
            return [];
        }
        var words = key.Split(' ');
        return _identities
            .Where(i => i.Keys.Any(k => words.All(k.Split(' ').Contains)))
            .OrderByDescending(i => i.Count)
            .Select(i => i.Person)
            .ToList();
    }

    /// <summary>
    /// "Did you mean …": the names closest to one nobody has, nearest first: names a word of which starts
    /// with it, then names or surnames one or two letters apart (one for short words).
    /// </summary>
    public IReadOnlyList<string> Suggest(string name, int limit = 3)
    {
        var key = NameKey(name);
        if (key.Length == 0)
        {
            return [];
        }
        var allowed = key.Length <= 4 ? 1 : 2;
        return _identities
            .Select(i =>
                (
                    Identity: i,
                    Distance: i.Rank(key) > 0
                        ? 0
                        : i
                            .Keys.Concat(i.Surnames)
                            .Min(k => NameFolding.EditDistance(k, key, allowed))
                )
            )
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance)
            .ThenByDescending(x => x.Identity.Count)
            .ThenBy(x => x.Identity.Person.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Identity.Person.Name)
            .ToList();
    }

    private static bool IsNameCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || char.IsWhiteSpace(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        || c is '.' or '-' or '\'' or '’' or ',';

    /// <summary>Lowercase, accents removed, letters that do not decompose mapped by hand ("Radosław" → "radoslaw").</summary>
    public static string Fold(string text) => NameFolding.Fold(text);

    /// <summary>The key of a name for matching and for the index's speaker field: folded, punctuation dropped, single spaces.</summary>
    public static string NameKey(string name) => NameFolding.NameKey(name);

    private Identity? Lookup(string key) => key.Length == 0 ? null : _index.Find(key);

    /// <summary>
    /// Finds the identity of a name key without scanning everyone: by whole key, by surname (a surname alone,
    /// "de vries" at the end of "anneke de vries", a misspelt first name) and by first name (a misspelt surname).
    /// </summary>
    private sealed class IdentityIndex
    {
        private readonly Dictionary<string, Identity> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Key, Identity Identity)>> _bySurname = new(
            StringComparer.Ordinal
        );
        private readonly Dictionary<string, List<(string Key, Identity Identity)>> _byFirstName =
            new(StringComparer.Ordinal);

        public void Add(Identity identity, string key)
        {
            _byKey.TryAdd(key, identity);
            var tokens = key.Split(' ');
            AddTo(_bySurname, tokens[^1], key, identity);
            if (tokens.Length > 1)
            {
                AddTo(_byFirstName, tokens[0], key, identity);
            }
        }

        public Identity? Find(string key)
        {
            if (_byKey.TryGetValue(key, out var exact))
            {
                return exact;
            }
            var tokens = key.Split(' ');
            var sameSurname = _bySurname.GetValueOrDefault(tokens[^1]) ?? [];
            if (tokens.Length == 1)
            {
                // A surname alone joins the one identity that has it; two people sharing a surname stay apart.
                var owners = sameSurname.Select(e => e.Identity).Distinct().Take(2).ToList();
                return owners.Count == 1 ? owners[0] : null;
            }
            var suffix = sameSurname.FirstOrDefault(e =>
                e.Key.EndsWith(" " + key, StringComparison.Ordinal)
                || key.EndsWith(" " + e.Key, StringComparison.Ordinal)
            );
            if (suffix.Identity is not null)
            {
                return suffix.Identity;
            }
            var sameFirstName = _byFirstName.GetValueOrDefault(tokens[0]) ?? [];
            return sameSurname
                .Concat(sameFirstName)
                .FirstOrDefault(e =>
                    e.Key.Length >= MinMisspeltNameLength
                    && e.Key.Contains(' ')
                    && NameFolding.IsOneEditApart(e.Key, key)
                )
                .Identity;
        }

        private static void AddTo(
            Dictionary<string, List<(string, Identity)>> index,
            string token,
            string key,
            Identity identity
        )
        {
            if (!index.TryGetValue(token, out var list))
            {
                list = [];
                index[token] = list;
            }
            list.Add((key, identity));
        }
    }

    private sealed class Identity
    {
        private readonly List<(string Name, int Count)> _spellings = [];
        private readonly Dictionary<string, int> _roles = new(StringComparer.Ordinal);

        public HashSet<string> Keys { get; } = [];

        public HashSet<string> Surnames { get; } = [];

        public int Count { get; private set; }

        public Person Person { get; private set; } = new("", null);

        public void Add(string name, string key, int count, List<string> roles)
        {
            _spellings.Add((name, count));
            Keys.Add(key);
            Surnames.Add(key.Split(' ')[^1]);
            Count += count;
            foreach (var given in roles)
            {
                _roles[given] = _roles.GetValueOrDefault(given) + 1;
            }
            var best = _spellings
                .OrderByDescending(s => s.Name.Contains(' '))
                .ThenByDescending(s => s.Name.Count(c => c > 127 && char.IsLetter(c)))
                .ThenByDescending(s => s.Count)
                .ThenByDescending(s => s.Name.Length)
                .First();
            var role = _roles
                .OrderByDescending(r => r.Value)
                .ThenBy(r => r.Key.Length)
                .Select(r => r.Key)
                .FirstOrDefault();
            Person = new Person(best.Name, role);
        }

        /// <summary>3: the whole name; 2: the name starts with the query; 1: a word of it does; 0: no match.</summary>
        public int Rank(string query)
        {
            if (Keys.Contains(query) || Surnames.Contains(query))
            {
                return 3;
            }
            if (Keys.Any(k => k.StartsWith(query, StringComparison.Ordinal)))
            {
                return 2;
            }
            return Keys.Any(k =>
                k.Split(' ').Any(w => w.StartsWith(query, StringComparison.Ordinal))
            )
                ? 1
                : 0;
        }
    }
}
