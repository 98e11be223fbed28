using System.Net;
using System.Net.Sockets;

namespace NewsBot.Core.Library;

/// <summary>
/// Decides which addresses NewsBot may fetch from: a link given in Discord must not reach the machine
/// the bot runs on or its private network (server-side request forgery). Loopback, private, link-local,
/// shared (carrier-grade NAT), unspecified, multicast and documentation ranges are refused.
/// https://www.iana.org/assignments/iana-ipv4-special-registry and iana-ipv6-special-registry
/// </summary>
internal static class AddressGuard
{
    private static readonly (IPAddress Network, int Bits)[] s_refused =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 128),
        (IPAddress.Parse("::1"), 128),
        (IPAddress.Parse("64:ff9b:1::"), 48),
        (IPAddress.Parse("100::"), 64),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    private static readonly byte[] s_nat64Prefix = [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>True when the address is on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        // ::ffff:127.0.0.1 reaches 127.0.0.1: mapped addresses are judged as the IPv4 address they carry.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return !s_refused.Any(range => IsIn(address, range.Network, range.Bits))
            && EmbeddedIPv4(address).All(IsPublic);
    }

    /// <summary>
    /// The IPv4 addresses an IPv6 address carries and may be routed to: a link to one of these forms
    /// reaches the IPv4 address (a NAT64 gateway turns 64:ff9b::a9fe:a9fe into 169.254.169.254).
    /// </summary>
    private static IEnumerable<IPAddress> EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            yield break;
        }
        var bytes = address.GetAddressBytes();
        // IPv4-compatible ::a.b.c.d (RFC 4291 2.5.5.1) and the NAT64 prefix 64:ff9b::/96 (RFC 6052).
        if (
            bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0
            || bytes.AsSpan(0, 12).SequenceEqual(s_nat64Prefix)
        )
        {
            yield return new IPAddress(bytes.AsSpan(12, 4));
        }
        // 6to4 2002:a.b.c.d::/48 (RFC 3056).
        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            yield return new IPAddress(bytes.AsSpan(2, 4));
        }
        // Teredo 2001:0::/32 (RFC 4380): the server's address, then the client's with every bit inverted.
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0)
        {
            yield return new IPAddress(bytes.AsSpan(4, 4));
            var client = bytes[12..16];
            for (var i = 0; i < client.Length; i++)
            {
                client[i] = (byte)~client[i];
            }
            yield return new IPAddress(client);
        }
    }

    private static bool IsIn(IPAddress address, IPAddress network, int bits)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = bits / 8;
        for (var i = 0; i < whole; i++)
        {
            if (a[i] != n[i])
            {
                return false;
            }
        }
        var rest = bits % 8;
        if (rest == 0)
        {
            return true;
        }
        var mask = (byte)(0xFF << (8 - rest));
        return (a[whole] & mask) == (n[whole] & mask);
    }
}
