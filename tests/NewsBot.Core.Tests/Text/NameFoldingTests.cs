using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("engineers", "engineers", 0)]
    [InlineData("enginers", "engineers", 1)]
    [InlineData("enigneers", "engineers", 1)]
    [InlineData("qualifeid", "qualified", 1)]
    [InlineData("marlow", "marlowe", 1)]
    [InlineData("ferry", "harbour", 3)]
    public void Counts_a_swap_of_two_letters_as_one_edit_and_stops_past_the_limit(
        string a,
        string b,
        int expected
    )
    {
        Assert.Equal(expected, NameFolding.EditDistance(a, b, limit: 2));
    }
}
