using System.Net;
using NewsBot.Core.Library;

namespace NewsBot.Core.Tests.Library;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.20")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("224.0.0.1")]
    public void Refuses_loopback_private_and_link_local_addresses(string address) =>
        Assert.False(AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::127.0.0.1")]
    [InlineData("::7f00:1")]
    [InlineData("::a9fe:a9fe")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("2002:a9fe:a9fe:1::")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("2001:0:7f00:1::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")]
    [InlineData("2001:0:4136:e378:8000:63bf:5601:5601")]
    public void Refuses_ipv6_forms_that_carry_a_refused_ipv4_address(string address) =>
        Assert.False(AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("2002:5db8:d70e::1")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2001:0:4136:e378:8000:63bf:a247:28f1")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.215.14")]
    public void Accepts_public_addresses(string address) =>
        Assert.True(AddressGuard.IsPublic(IPAddress.Parse(address)));
}
