using System.Text;
using NSec.Cryptography;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// Checks Discord's Ed25519 signature of an HTTP interaction: <c>X-Signature-Ed25519</c> signs the
/// bytes of <c>X-Signature-Timestamp</c> followed by the body, with the application's public key.
/// https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
/// </summary>
internal sealed class InteractionSignature
{
    private const int SignatureHexLength = 128;
    private readonly PublicKey _key;

    public InteractionSignature(string publicKeyHex) =>
        _key = PublicKey.Import(
            SignatureAlgorithm.Ed25519,
            Convert.FromHexString(publicKeyHex.Trim()),
            KeyBlobFormat.RawPublicKey
        );

    /// <summary>Whether the headers can carry a signature at all: checked before the body is read.</summary>
    public static bool IsWellFormed(string? signatureHex, string? timestamp) =>
        signatureHex is { Length: SignatureHexLength }
        && signatureHex.All(char.IsAsciiHexDigit)
        && !string.IsNullOrWhiteSpace(timestamp);

    public bool IsValid(string signatureHex, string timestamp, ReadOnlySpan<byte> body)
    {
        if (!IsWellFormed(signatureHex, timestamp))
        {
            return false;
        }

        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(written));
        return SignatureAlgorithm.Ed25519.Verify(
            _key,
            message,
            Convert.FromHexString(signatureHex)
        );
    }
}
