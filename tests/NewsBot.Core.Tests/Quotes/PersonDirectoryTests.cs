using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class PersonDirectoryTests
{
    [Fact]
    public void Joins_a_full_name_and_its_surname_into_one_person_with_the_role_given_most_often()
    {
        var people = PersonDirectory.Build([
            new("Anneke de Vries", "Dutch Finance Minister"),
            new("De Vries", null),
            new("Anneke de Vries", "Dutch Finance Minister"),
            new("Anneke de Vries", "economist"),
        ]);

        var expected = new Person("Anneke de Vries", "Dutch Finance Minister");
        Assert.Equal(expected, people.Canonical(new Person("Vries", null)));
        Assert.Equal(expected, people.Canonical(new Person("ANNEKE DE VRIES", "economist")));
        Assert.Single(people.People);
    }

    [Fact]
    public void Matches_names_without_regard_to_case_and_accents()
    {
        var people = PersonDirectory.Build([new("José Núñez", "Mayor of Sevilla")]);

        Assert.Equal("José Núñez", people.Canonical(new Person("jose nunez", null)).Name);
        Assert.Equal("José Núñez", Assert.Single(people.Find("NUNEZ")).Name);
    }

    [Fact]
    public void Joins_a_one_letter_misspelling_and_keeps_the_spelling_with_diacritics()
    {
        var people = PersonDirectory.Build([
            new("Wojciech Zielinski", "Polish Deputy Minister"),
            new("Wojciech Zielinski", null),
            new("Wojciech Zieliński", "Polish Deputy Minister"),
        ]);

        Assert.Single(people.People);
        Assert.Equal(
            "Wojciech Zieliński",
            people.Canonical(new Person("Wojciech Zielinski", null)).Name
        );
        Assert.Equal(
            "Wojciech Zieliński",
            people.Canonical(new Person("Wojciech Zielinskl", null)).Name
        );
    }

    [Fact]
    public void Keeps_two_people_who_differ_by_more_than_one_letter_apart()
    {
        var people = PersonDirectory.Build([new("Maria Olsen", null), new("Marit Olsson", null)]);

        Assert.Equal(2, people.People.Count);
    }

    [Fact]
    public void Leaves_a_surname_alone_when_two_people_share_it()
    {
        var people = PersonDirectory.Build([
            new("Anna Berg", "judge"),
            new("Lars Berg", "coach"),
            new("Berg", null),
        ]);

        Assert.Equal(new Person("Berg", null), people.Canonical(new Person("Berg", null)));
        Assert.Equal(2, people.Find("berg").Count(p => p.Name.Contains(' ')));
    }

    [Fact]
    public void Finds_people_by_the_prefix_of_any_word_of_their_name_exact_matches_first()
    {
        var people = PersonDirectory.Build([
            new("Tomas Marek", null),
            new("Marek Novak", null),
            new("Marek Novak", null),
        ]);

        Assert.Equal(["Marek Novak", "Tomas Marek"], people.Find("mar").Select(p => p.Name));
        Assert.Equal("Tomas Marek", people.Find("Tomas Marek")[0].Name);
        Assert.Empty(people.Find("zz"));
    }

    [Theory]
    [InlineData("Radosław Sikorski", "radoslaw sikorski")]
    [InlineData("  Jean-Luc  MÉLENCHON ", "jean luc melenchon")]
    [InlineData("Søren Kierkegaard’s", "soren kierkegaards")]
    public void Folds_a_name_into_its_key(string name, string key)
    {
        Assert.Equal(key, PersonDirectory.NameKey(name));
    }
}
