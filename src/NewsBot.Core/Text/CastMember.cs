namespace NewsBot.Core.Text;

/// <summary>A person named in one article, with the best role the article gives them.</summary>
internal sealed class CastMember(string name)
{
    private static readonly char[] RoleEndings = [',', '.', ';'];

    private int _rolePriority = -1;

    public string Name
    {
        get => name;
        set
        {
            name = value;
            Key = NameFolding.NameKey(value);
            SurnameKey = Key.Split(' ')[^1];
        }
    }

    public string? Role { get; private set; }

    /// <summary>An organisation or a group ("the defence ministry"), not a person.</summary>
    public bool IsGroup { get; init; }

    /// <summary>The gender the article's pronouns, titles and role nouns give this person, when they give one.</summary>
    public Gender? Gender { get; set; }

    /// <summary>Whether a pronoun of <paramref name="gender"/> can refer to this person.</summary>
    public bool CanBe(Gender gender) => !IsGroup && (Gender is null || Gender == gender);

    public string Key { get; private set; } = NameFolding.NameKey(name);

    public string SurnameKey { get; private set; } = NameFolding.NameKey(name).Split(' ')[^1];

    /// <summary>A title before the name beats an appositive, which beats a pull quote's attribution line.</summary>
    public void OfferRole(string? role, int priority)
    {
        if (!string.IsNullOrWhiteSpace(role) && priority > _rolePriority)
        {
            Role = role.Trim().TrimEnd(RoleEndings);
            _rolePriority = priority;
        }
    }

    /// <summary>True when the key has several words and the first is <paramref name="given"/> (a single word).</summary>
    public bool HasGivenName(string given) =>
        Key.Length > given.Length
        && Key[given.Length] == ' '
        && Key.StartsWith(given, StringComparison.Ordinal);
}
