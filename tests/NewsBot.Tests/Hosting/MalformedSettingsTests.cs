using Microsoft.Extensions.Configuration;
using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public sealed class MalformedSettingsTests
{
    private static IConfigurationSection Section(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                settings.ToDictionary(s => $"NewsBot:{s.Key}", s => (string?)s.Value)
            )
            .Build()
            .GetSection(NewsBotOptions.Section);

    [Theory]
    [InlineData(
        "MaxFileBytes",
        "abc",
        "NewsBot:MaxFileBytes is 'abc', which is not a whole number."
    )]
    [InlineData("MaxFileBytes", "", "NewsBot:MaxFileBytes is '', which is not a whole number.")]
    [InlineData(
        "WatchArticles",
        "maybe",
        "NewsBot:WatchArticles is 'maybe', which is not true or false."
    )]
    public void Names_the_key_and_the_value_that_cannot_be_read(
        string key,
        string value,
        string message
    )
    {
        var errors = MalformedSettings.Find<NewsBotOptions>(Section((key, value)));

        Assert.Equal(message, Assert.Single(errors));
    }

    [Fact]
    public void Takes_well_formed_values_and_any_text_for_text_settings()
    {
        var errors = MalformedSettings.Find<NewsBotOptions>(
            Section(
                ("MaxFileBytes", "1048576"),
                ("WatchArticles", "False"),
                ("ArticlesPath", "@articles"),
                ("IndexPath", "")
            )
        );

        Assert.Empty(errors);
    }
}
