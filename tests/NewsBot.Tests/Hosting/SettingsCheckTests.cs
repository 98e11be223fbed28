using Microsoft.Extensions.Configuration;
using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public sealed class SettingsCheckTests
{
    private const string Token = "MTIz.abc.def";
    private const string PublicKey =
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static IReadOnlyList<string> Problems(
        bool runsBot,
        params (string Key, string Value)[] settings
    ) =>
        SettingsCheck.Find(
            new ConfigurationBuilder()
                .AddInMemoryCollection(
                    // The last value of a key wins, as a later configuration source does.
                    settings
                        .GroupBy(s => s.Key)
                        .Select(g => KeyValuePair.Create(g.Key, (string?)g.Last().Value))
                )
                .Build(),
            runsBot
        );

    [Theory]
    [InlineData("NewsBot:ArticlesPath", "", "NewsBot:ArticlesPath is ''")]
    [InlineData("NewsBot:IndexPath", " ", "NewsBot:IndexPath is ' '")]
    [InlineData("NewsBot:FetchTimeout", "-00:00:01", "NewsBot:FetchTimeout is '-00:00:01'")]
    [InlineData("NewsBot:FetchTimeout", "00:00:00", "NewsBot:FetchTimeout is '00:00:00'")]
    [InlineData("NewsBot:FetchTimeout", "3", "NewsBot:FetchTimeout is '3'")]
    [InlineData("NewsBot:FetchMaxBytes", "0", "NewsBot:FetchMaxBytes is '0'")]
    [InlineData("NewsBot:FetchMaxBytes", "-5", "NewsBot:FetchMaxBytes is '-5'")]
    [InlineData("NewsBot:MaxFileBytes", "0", "NewsBot:MaxFileBytes is '0'")]
    public void Names_the_key_and_the_value_of_a_setting_the_command_line_cannot_use(
        string key,
        string value,
        string start
    )
    {
        var problem = Assert.Single(Problems(runsBot: false, (key, value)));

        Assert.StartsWith(start, problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    [Theory]
    [InlineData("Discord:PublicKey", "not-hex", "Discord:PublicKey is 'not-hex'")]
    [InlineData(
        "Discord:ApplicationId",
        "app",
        "Discord:ApplicationId must be a numeric id, not 'app'"
    )]
    [InlineData("Discord:GuildId", "guild", "Discord:GuildId must be a numeric id, not 'guild'")]
    [InlineData(
        "Discord:ApiBaseUrl",
        "ftp://x",
        "Discord:ApiBaseUrl must be an absolute http(s) URL, not 'ftp://x'"
    )]
    [InlineData("Discord:ModeratorRoleIds:0", "mods", "Discord:ModeratorRoleIds holds 'mods'")]
    [InlineData("Discord:ShardId", "3", "Discord:ShardId is '3'")]
    [InlineData("Discord:ShardCount", "0", "Discord:ShardCount is '0'")]
    [InlineData("ASPNETCORE_URLS", "garbage", "ASPNETCORE_URLS is 'garbage'")]
    [InlineData("Urls", "http://0.0.0.0:8080;nonsense", "Urls is 'http://0.0.0.0:8080;nonsense'")]
    public void Names_the_key_and_the_value_of_a_Discord_setting_the_bot_cannot_use(
        string key,
        string value,
        string start
    )
    {
        var problems = Problems(
            runsBot: true,
            ("Discord:Token", Token),
            ("Discord:Transport", "http"),
            ("Discord:PublicKey", PublicKey),
            (key, value)
        );

        Assert.Contains(problems, p => p.StartsWith(start, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void Takes_the_settings_of_a_replica_as_the_README_describes_them() =>
        Assert.Empty(
            Problems(
                runsBot: true,
                ("Discord:Token", Token),
                ("Discord:Transport", "http"),
                ("Discord:PublicKey", PublicKey),
                ("ASPNETCORE_URLS", "http://0.0.0.0:8080;http://*:8081;http://[::]:8082"),
                ("NewsBot:WatchArticles", "false"),
                ("NewsBot:FetchTimeout", "00:00:20")
            )
        );

    [Fact]
    public void Leaves_the_Discord_settings_to_the_bot() =>
        Assert.Empty(Problems(runsBot: false, ("Discord:GuildId", "guild")));
}
