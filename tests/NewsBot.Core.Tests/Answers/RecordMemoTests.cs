using NewsBot.Core.Answers;

namespace NewsBot.Core.Tests.Answers;

public sealed class RecordMemoTests
{
    private sealed record Note(string Text);

    [Fact]
    public void Computes_the_value_of_a_record_once()
    {
        var memo = new RecordMemo<Note, string>(n => n.Text.ToUpperInvariant());
        var note = new Note("harbour");

        var first = memo.Of(note);
        var again = memo.Of(note);

        Assert.Equal("HARBOUR", first);
        Assert.Same(first, again);
        Assert.Equal(1, memo.Computed);
    }

    [Fact]
    public void Computes_afresh_for_a_new_record_even_when_it_is_equal_to_one_seen()
    {
        var memo = new RecordMemo<Note, string>(n => n.Text.ToUpperInvariant());

        memo.Of(new Note("harbour"));
        memo.Of(new Note("harbour"));

        Assert.Equal(2, memo.Computed);
    }
}
