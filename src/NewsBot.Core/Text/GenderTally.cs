namespace NewsBot.Core.Text;

/// <summary>Counts the words that show each person as male or female; a person shown both ways is neither.</summary>
internal sealed class GenderTally
{
    private readonly Dictionary<CastMember, (int Male, int Female)> _counts = new(
        ReferenceEqualityComparer.Instance
    );

    public void Add(CastMember member, Gender? gender)
    {
        if (gender is null)
        {
            return;
        }
        var (male, female) = _counts.GetValueOrDefault(member);
        _counts[member] = gender == Gender.Male ? (male + 1, female) : (male, female + 1);
    }

    /// <summary>The gender shown more often than the other, or null when neither is.</summary>
    public Gender? Agreed(CastMember member) =>
        _counts.GetValueOrDefault(member) switch
        {
            var (male, female) when male > female => Gender.Male,
            var (male, female) when female > male => Gender.Female,
            _ => null,
        };
}
