using Discord;
using Discord.Rest;
using Discord.WebSocket;
using NewsBot.Core.Answers;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// One interaction as the modules see it, whichever transport brought it: the interaction, who sent it,
/// the <see cref="InteractionReply"/> that answers it, and the token that stops its work.
/// </summary>
public sealed class NewsBotInteractionContext : IInteractionContext
{
    internal NewsBotInteractionContext(
        IDiscordClient client,
        IDiscordInteraction interaction,
        InteractionReply reply,
        CancellationToken cancellationToken
    )
    {
        Client = client;
        Interaction = interaction;
        Reply = reply;
        CancellationToken = cancellationToken;
    }

    public IDiscordClient Client { get; }

    public IDiscordInteraction Interaction { get; }

    public IUser User => Interaction.User;

    /// <summary>The guild, when the transport has it at hand: cached from the gateway, or fetched for HTTP.</summary>
    public IGuild? Guild =>
        Interaction switch
        {
            RestInteraction rest => rest.Guild,
            SocketInteraction socket => (socket.User as SocketGuildUser)?.Guild,
            _ => null,
        };

    public IMessageChannel? Channel => null;

    public CancellationToken CancellationToken { get; }

    internal InteractionReply Reply { get; }

    /// <summary>How the command ended; the modules say when a question was declined or refused.</summary>
    public AnswerOutcome Outcome { get; internal set; } = AnswerOutcome.Answered;
}
